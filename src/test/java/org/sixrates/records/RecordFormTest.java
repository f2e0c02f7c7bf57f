package org.sixrates.records;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application with the real importer on an in-memory database of its own: one context
 * for the tests of the record form, a record's page and its deletion, each of which
 * starts from {@link FormCity}; on a random port for the error pages, which only a real
 * servlet container renders.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:recordform", "sixrates.demo-data=false",
				"sixrates.admin-password=" + RecordFormTest.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@interface RecordFormTest {

	String ADMIN_PASSWORD = "record-form-test";

}
