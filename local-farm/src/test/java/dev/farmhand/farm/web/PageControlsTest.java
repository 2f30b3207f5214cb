package dev.farmhand.farm.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.ControlRule;
import dev.farmhand.core.status.ControlTable;
import dev.farmhand.core.status.JobStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageControlsTest {
  @Test
  void everyCellOfTheControlTableIsThePagesAndNoOther() {
    List<PageControls.ControlView> controls = PageControls.forRole(true);
    assertThat(controls).hasSize(Control.values().length);
    for (PageControls.ControlView view : controls) {
      Control control = Control.parse(view.id());
      assertThat(view.label()).isEqualTo(control.label());
      for (JobStatus status : JobStatus.values()) {
        ControlRule rule = ControlTable.rule(control, status);
        assertThat(view.refused().get(status.wireName()))
            .as(control + " on " + status)
            .isEqualTo(rule.applies() ? null : rule.refusal());
      }
    }
  }

  @Test
  void aUserIsNotOfferedSetPriority() {
    assertThat(PageControls.forRole(false))
        .extracting(PageControls.ControlView::id)
        .containsExactly(
            "retry",
            "complete",
            "reviewed",
            "kill",
            "retry_all_fails",
            "retry_sync",
            "unhold",
            "hold");
  }

  @Test
  void everyStatusIsListedWithItsLabel() {
    assertThat(PageControls.statuses())
        .extracting(PageControls.StatusView::label)
        .containsExactly(
            "Pending",
            "Sync Pending",
            "Running",
            "Holding",
            "Success",
            "Downloaded",
            "Failed",
            "Preempted",
            "Reviewed",
            "Killed");
  }
}
