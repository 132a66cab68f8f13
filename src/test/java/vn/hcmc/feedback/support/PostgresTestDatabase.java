package vn.hcmc.feedback.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * With {@code -Ppostgres}, empties the test database once before the suite, so every run starts from the same
 * state as the in-memory H2 run: Flyway and the engine then create their tables anew.
 */
public class PostgresTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgres".equals(System.getProperty("feedback.test.database"))) {
            return;
        }
        String url = env("TEST_DB_URL", "jdbc:postgresql://localhost:5432/feedback_test");
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER", "feedback"),
                env("DB_PASSWORD", "feedback")); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the PostgreSQL test database " + url
                    + " (is PostgreSQL running, and do the role and database exist? See .ci/run): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
