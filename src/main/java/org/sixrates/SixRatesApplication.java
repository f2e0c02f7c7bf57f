package org.sixrates;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SixRatesApplication {

	public static void main(String[] args) {
		SpringApplication.run(SixRatesApplication.class, args);
	}

}
