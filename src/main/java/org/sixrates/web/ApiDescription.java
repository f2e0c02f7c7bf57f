package org.sixrates.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI sixRatesApi() {
		return new OpenAPI().info(new Info().title("Six Rates API")
			.version("1")
			.description("Rankings, committee details and records of the six-rates (六率) assessment, and the import "
					+ "of the committees and records files as text/csv or as .xlsx workbooks "
					+ "(application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). Errors are RFC 9457 "
					+ "problem details; a workbook's errors name their sheet and cell (sheet, cell)."));
	}

}
