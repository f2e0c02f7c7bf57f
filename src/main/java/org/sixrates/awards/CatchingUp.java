package org.sixrates.awards;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Whoever changes the data waits, after its transaction has committed, for the results to
 * take the change in, so that the response it gets next shows it; readers meanwhile go on
 * with the last results ({@link LiveAssessment}). Every transaction that may write is
 * followed this way; one that changed nothing the results depend on costs one count.
 */
@Configuration(proxyBeanMethods = false)
class CatchingUp {

	@Bean
	TransactionExecutionListener resultsCatchUpAfterACommit(ObjectProvider<LiveAssessment> live) {
		return new TransactionExecutionListener() {

			@Override
			public void afterCommit(TransactionExecution transaction, Throwable failure) {
				if (failure == null && transaction.isNewTransaction() && !transaction.isReadOnly()) {
					live.getObject().caughtUp();
				}
			}

		};
	}

}
