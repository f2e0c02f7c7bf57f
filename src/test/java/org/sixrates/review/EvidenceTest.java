package org.sixrates.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application with the real importer on its own in-memory database, on a random
 * port for the uploads that only a real servlet container limits: one context shared by
 * the evidence tests, each of which starts from {@link EvidenceCity}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:evidence", "sixrates.demo-data=false",
				"sixrates.admin-password=" + EvidenceTest.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@interface EvidenceTest {

	String ADMIN_PASSWORD = "evidence-test";

}
