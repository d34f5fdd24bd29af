package vn.doanket.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL in-process when no {@code spring.datasource.url} is configured. The data directory is
 * kept between runs (default {@code ./data/postgres}); an empty {@code doanket.embedded-db.data-dir} uses a fresh
 * temporary directory, which the tests do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
		Path dataDir = settings.dataDirectory();
		boolean temporary = dataDir == null;
		if (temporary) {
			dataDir = Files.createTempDirectory("doanket-pg");
		}
		else {
			Files.createDirectories(dataDir);
			stopOrphanedServer(dataDir);
		}
		Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
		log.info("Starting embedded PostgreSQL in {}", dataDir.toAbsolutePath());
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(temporary)
			.setPort(settings.port())
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setLocaleConfig("locale", "C.UTF-8")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "50")
			.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setPoolName("doanket-embedded");
		config.setMaximumPoolSize(10);
		return new HikariDataSource(config);
	}

	/** After a hard kill the embedded server survives its JVM; stop it so that this start can take the directory. */
	private static void stopOrphanedServer(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try {
			long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
			Optional<ProcessHandle> process = ProcessHandle.of(pid);
			if (process.isPresent() && process.get().info().commandLine().orElse("").contains(dataDir.getFileName().toString())) {
				log.warn("Stopping an embedded PostgreSQL (pid {}) left running by an earlier run", pid);
				process.get().destroy();
				process.get().onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
			}
		}
		catch (Exception ex) {
			log.warn("Could not inspect {}: {}", pidFile, ex.getMessage());
		}
	}

}
