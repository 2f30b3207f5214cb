package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.ControlRule;
import dev.farmhand.core.status.ControlTable;
import dev.farmhand.core.status.JobStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlAvailabilityTest {
  @Test
  void everyControlOnOneJobIsEnabledExactlyWhereTheSharedTableSaysAndGreyedWithItsReason() {
    for (JobStatus status : JobStatus.values()) {
      for (Control control : Control.values()) {
        ControlAvailability availability =
            ControlAvailability.of(control, List.of(PanelJobs.job("j-1", status)), Role.ADMIN);
        ControlRule rule = ControlTable.rule(control, status);

        assertThat(availability.enabled())
            .as("%s on %s", control, status)
            .isEqualTo(rule.applies());
        assertThat(availability.tooltip())
            .as("%s on %s", control, status)
            .isEqualTo(
                rule.applies()
                    ? control.label() + ": " + ControlTable.jobEffect(control)
                    : rule.refusal());
      }
    }
  }

  @Test
  void aControlForSomeSelectedJobsIsEnabledAndNamesTheOthersWithWhy() {
    List<Job> selected =
        List.of(PanelJobs.job("j-1", JobStatus.RUNNING), PanelJobs.job("j-2", JobStatus.SUCCESS));

    ControlAvailability hold = ControlAvailability.of(Control.HOLD, selected, Role.USER);

    assertThat(hold.enabled()).isTrue();
    assertThat(hold.applies()).containsExactly("j-1");
    assertThat(hold.tooltip())
        .isEqualTo(
            "Hold: "
                + ControlTable.jobEffect(Control.HOLD)
                + "\nNot for j-2:\nj-2: Hold does not apply to a Success job: it is finished:"
                + " nothing is left to hold");
  }

  @Test
  void aControlForNoSelectedJobIsGreyedWithEachJobsReason() {
    List<Job> selected =
        List.of(PanelJobs.job("j-1", JobStatus.RUNNING), PanelJobs.job("j-2", JobStatus.PENDING));

    ControlAvailability retry = ControlAvailability.of(Control.RETRY, selected, Role.USER);

    assertThat(retry.enabled()).isFalse();
    assertThat(retry.tooltip())
        .isEqualTo(
            "j-1: "
                + ControlTable.rule(Control.RETRY, JobStatus.RUNNING).refusal()
                + "\nj-2: "
                + ControlTable.rule(Control.RETRY, JobStatus.PENDING).refusal());
    assertThat(retry.tooltipHtml()).startsWith("<html>j-1: Retry does not apply").contains("<br>");
  }

  @Test
  void setPriorityIsShownToAdminsOnlyAndGreyedForUsersWithWhy() {
    List<Job> selected = List.of(PanelJobs.job("j-1", JobStatus.RUNNING));

    ControlAvailability forUser = ControlAvailability.of(Control.SET_PRIORITY, selected, Role.USER);
    ControlAvailability forAdmin =
        ControlAvailability.of(Control.SET_PRIORITY, selected, Role.ADMIN);

    assertThat(forUser.shown()).isFalse();
    assertThat(forUser.enabled()).isFalse();
    assertThat(forUser.tooltip())
        .isEqualTo("Set Priority needs an admin key: ask an admin of the account to do it");
    assertThat(forAdmin.shown()).isTrue();
    assertThat(forAdmin.enabled()).isTrue();
  }

  @Test
  void withNothingSelectedEveryControlIsGreyedAndSaysToSelect() {
    ControlAvailability kill = ControlAvailability.of(Control.KILL, List.of(), Role.ADMIN);

    assertThat(kill.enabled()).isFalse();
    assertThat(kill.tooltip()).isEqualTo("Select one or more jobs to Kill");
  }
}
