package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.RefusedException;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.farm.render.SweetHome3dInstall;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A farm whose workers lack Sweet Home 3D refuses its jobs at submit, naming what is missing; runs
 * on any machine (the farm is pointed at a jar that is not there).
 */
class SweetHome3dWithoutThePackageTest {
  @TempDir Path data;

  @Test
  void aJobForEitherSweetHome3dRendererIsRefusedNamingTheMissingJarAndMakesNoJob()
      throws Exception {
    Path jar = data.resolve("not-installed/sweethome3d.jar");
    try (LocalFarm farm =
            LocalFarm.start(
                FarmConfig.in(data.resolve("farm"))
                    .withWorkers(1)
                    .withSweetHome3d(SweetHome3dInstall.debianWithJar(jar)));
        FarmClient artist = Farms.client(farm, "studio", "artist")) {
      List<Dependency> files = Farms.upload(artist);
      for (String renderer : List.of("sweethome3d", "sweethome3d-video")) {
        JobCreateRequest request =
            new JobCreateRequest(
                "room",
                "turntable.fhscene",
                renderer,
                "1-2",
                1,
                null,
                50,
                false,
                RetryPolicy.NONE,
                null,
                "renders/room_####.png",
                files,
                Map.of("plugin", "sweethome3d"));

        assertThatThrownBy(() -> artist.createJob(request, "key-" + renderer))
            .isInstanceOf(RefusedException.class)
            .hasMessageContaining(
                "no worker has Sweet Home 3D: "
                    + jar
                    + " is missing (point farm start --sweethome3d-jar at Sweet Home 3D's"
                    + " sweethome3d.jar)");
      }
      assertThat(artist.allJobs(Set.of())).isEmpty();
    }
  }
}
