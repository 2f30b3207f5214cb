package dev.farmhand.farm.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmhand.core.protocol.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
  private final KeyRing ring = new KeyRing();
  private final Credentials credentials =
      Credentials.firstAccounts("http://127.0.0.1:8123", "tcp://127.0.0.1:1883", ring);

  @Test
  void aNewFarmHasAStudioWithAnAdminAndAUserAndAnotherAccountWithAUser() {
    assertThat(ring.authenticate(credentials.key("studio", "lead")))
        .contains(new Principal("studio", "lead", Role.ADMIN));
    assertThat(ring.authenticate(credentials.key("studio", "artist")))
        .contains(new Principal("studio", "artist", Role.USER));
    assertThat(ring.authenticate(credentials.key("other", "artist")))
        .contains(new Principal("other", "artist", Role.USER));
    assertThat(ring.size()).isEqualTo(3);
  }

  @Test
  void theFileHasTheDocumentedShapeAndOnlyItsOwnerMayReadIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("credentials.json");

    credentials.write(file);

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("farm").asText()).isEqualTo("http://127.0.0.1:8123");
    assertThat(json.get("mqtt").asText()).isEqualTo("tcp://127.0.0.1:1883");
    JsonNode lead = json.get("accounts").get(0).get("keys").get(0);
    assertThat(json.get("accounts").get(0).get("name").asText()).isEqualTo("studio");
    assertThat(lead.get("user").asText()).isEqualTo("lead");
    assertThat(lead.get("role").asText()).isEqualTo("admin");
    assertThat(lead.get("key").asText()).isEqualTo(credentials.key("studio", "lead"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Credentials.read(file)).isEqualTo(credentials);
  }

  @Test
  void aKeyNeverShowsInALogLine() {
    String key = credentials.key("studio", "lead");

    assertThat(credentials.toString()).doesNotContain(key).contains("key=fh_…");
  }

  @Test
  void askingForAUserTheAccountLacksNamesBoth() {
    assertThatThrownBy(() -> credentials.key("other", "lead"))
        .hasMessage("no user 'lead' in account 'other'");
  }
}
