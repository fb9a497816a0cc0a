package org.w3id.cailloux.node.backup;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.NodeSettings;
import org.w3id.cailloux.node.security.Role;
import org.w3id.cailloux.node.security.StaffAuthenticator;

/**
 * {@code GET /api/admin/backup} (an admin): the whole node as one file, consistent while it runs ({@link DatabaseBackup});
 * {@code ./cailloux backup FILE} fetches it, {@code ./cailloux restore FILE} starts a new node from it.
 */
@Controller("/api/admin/backup")
public class BackupController {

    private static final MediaType ZIP = MediaType.of("application/zip");

    private final DatabaseBackup backup;
    private final StaffAuthenticator authenticator;
    private final NodeIdentity identity;
    private final NodeSettings settings;

    BackupController(DatabaseBackup backup, StaffAuthenticator authenticator, NodeIdentity identity, NodeSettings settings) {
        this.backup = backup;
        this.authenticator = authenticator;
        this.identity = identity;
        this.settings = settings;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<StreamedFile> download(HttpRequest<?> request) throws IOException, SQLException {
        authenticator.require(request, Role.ADMIN);
        // Written to the data folder first: the whole file, or an error, before the answer starts
        Path folder = Files.createDirectories(Path.of(settings.getDataDir()).resolve("backups"));
        Path file = Files.createTempFile(folder, "backup-", ".zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("city", identity.city());
            node.put("baseUri", identity.baseUri());
            backup.write(out, node);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String name = "cailloux-" + identity.city().toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + LocalDate.now() + ".zip";
        return HttpResponse.ok(new StreamedFile(new DeletedWhenRead(file), ZIP).attach(name));
    }

    /** The file's bytes; the file is removed once they are sent. */
    private static final class DeletedWhenRead extends FilterInputStream {
        private final Path file;

        DeletedWhenRead(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
