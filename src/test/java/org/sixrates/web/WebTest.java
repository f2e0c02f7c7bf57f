package org.sixrates.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.sixrates.importing.Importer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The whole application on a random port with an in-memory H2 database, the
 * {@link TestCity} rankings and a mocked importer: one context shared by the web tests.
 * MockMvc requests run as {@code admin} unless a test says otherwise; the browser signs
 * in through the login form.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:web", "sixrates.demo-data=false",
				"sixrates.admin-password=" + WebTest.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@Import(TestCity.class)
@MockitoBean(types = Importer.class)
@WithMockUser(username = "admin", roles = "ADMIN")
public @interface WebTest {

	/**
	 * The password of {@code admin} in the web tests, for those that sign in through the
	 * real form.
	 */
	String ADMIN_PASSWORD = "web-test-password";

}
