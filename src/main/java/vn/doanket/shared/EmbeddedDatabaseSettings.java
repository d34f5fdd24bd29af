package vn.doanket.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDir where the database files live; blank means a temporary directory removed on exit
 * @param port the port to listen on (0 picks a free one)
 */
@ConfigurationProperties("doanket.embedded-db")
public record EmbeddedDatabaseSettings(@DefaultValue("./data/postgres") String dataDir, @DefaultValue("0") int port) {

	Path dataDirectory() {
		return (dataDir == null || dataDir.isBlank()) ? null : Path.of(dataDir);
	}

}
