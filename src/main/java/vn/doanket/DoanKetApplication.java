package vn.doanket;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DoanKetApplication {

	public static void main(String[] args) {
		SpringApplication.run(DoanKetApplication.class, args);
	}

}
