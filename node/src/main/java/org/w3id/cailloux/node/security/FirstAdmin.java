package org.w3id.cailloux.node.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.database.DatabaseMigrations;

/**
 * At the first start (no staff yet), creates the admin account {@code admin} with the password in
 * {@code CAILLOUX_ADMIN_PASSWORD}, or a generated one printed once.
 */
@Context
public class FirstAdmin {

    /** The username of the first administrator. */
    public static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    FirstAdmin(DatabaseMigrations migrated, StaffUserRepository users,
               @Nullable @Value("${cailloux.admin-password:}") String configuredPassword) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? PasswordHasher.randomSecret(15) : configuredPassword;
        users.save(new StaffUser(USERNAME, PasswordHasher.hash(password), Role.ADMIN.code(), null));
        if (generated) {
            LOG.warn("First start: created the staff account '{}' with the password {} — it is shown only this once; "
                    + "set CAILLOUX_ADMIN_PASSWORD before the first start to choose it.", USERNAME, password);
        } else {
            LOG.info("First start: created the staff account '{}' with the password from CAILLOUX_ADMIN_PASSWORD.", USERNAME);
        }
    }
}
