package org.sixrates.security;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sixrates.system.ProblemJson;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before any filter chain runs, answered with a 400 problem detail that
 * carries the chains' security headers (Content-Security-Policy, nosniff, no framing…)
 * rather than a bare error page: those Spring Security's firewall rejects
 * ({@code /api;/x}, an encoded slash), and those Tomcat itself refuses before the
 * application sees them ({@code /%2e%2e/}), whose report its error valve writes.
 */
final class RejectedRequests implements RequestRejectedHandler {

	private static final Logger logger = LoggerFactory.getLogger(RejectedRequests.class);

	private static final String DETAIL = "The request was refused: its address or headers are not allowed.";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		logger.debug("Refused {}: {}", LogText.cut(String.valueOf(request.getRequestURI()), 200), ex.getMessage());
		response.reset();
		SecurityHeaders.write(request, response);
		ProblemJson.write(response, HttpStatus.BAD_REQUEST, DETAIL, null);
	}

	/** Puts {@link ProblemReports} in the place of Tomcat's own error report. */
	static WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> tomcatReports() {
		return factory -> factory.addContextCustomizers(context -> {
			Host host = (Host) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new ProblemReports());
			if (host instanceof StandardHost standard) {
				// so that the host, as it starts, finds its error valve and adds no other
				standard.setErrorReportValveClass(ProblemReports.class.getName());
			}
		});
	}

	/**
	 * Tomcat's error report, for the errors no servlet answered: a problem detail with
	 * the security headers, and no server version or stack trace.
	 */
	static final class ProblemReports extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			HttpStatus answer = (known != null) ? known : HttpStatus.BAD_REQUEST;
			try {
				SecurityHeaders.write(request, response);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(ProblemJson.json(answer,
							answer.is4xxClientError() ? DETAIL : "The server could not complete the request.", null));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client has gone or the response is already on its way: nothing to
				// report to
			}
		}

	}

}
