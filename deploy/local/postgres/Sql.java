// Runs SQL statements against the local PostgreSQL with the JDBC driver, for scripts on machines without psql
// (zonky's binaries ship no client). Run with Java's single-file source launcher:
//
//   java -cp <postgresql jdbc jar> Sql.java <jdbc-url> <user> <password> <statement> [statement ...]

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

public class Sql {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]); Statement s = c.createStatement()) {
            for (int i = 3; i < args.length; i++) {
                s.execute(args[i]);
            }
        }
    }
}
