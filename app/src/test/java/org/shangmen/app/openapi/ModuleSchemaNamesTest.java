package org.shangmen.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModuleSchemaNamesTest {

    @Test
    @DisplayName("a simple name shared by two modules' types gets the module in front; a unique one is left alone")
    void clashingNamesCarryTheirModule() {
        assertThat(ModuleSchemaNames.namesFor(List.of(
                "org.shangmen.booking.adapter.in.web.CustomerOrderController$SubmitRequest",
                "org.shangmen.worker.adapter.in.web.WorkerProfileController$SubmitRequest",
                "org.shangmen.booking.adapter.in.web.CustomerOrderController$OrderView")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        "org.shangmen.booking.adapter.in.web.CustomerOrderController$SubmitRequest", "BookingSubmitRequest",
                        "org.shangmen.worker.adapter.in.web.WorkerProfileController$SubmitRequest", "WorkerSubmitRequest"));
    }

    @Test
    @DisplayName("two types of one module with one simple name carry their enclosing class, and no new name takes another type's name")
    void clashesInsideAModule() {
        assertThat(ModuleSchemaNames.namesFor(List.of(
                "org.shangmen.booking.adapter.in.web.CustomerOrderController$WorkerView",
                "org.shangmen.booking.application.port.in.OrderLifecycle$WorkerView",
                "org.shangmen.worker.application.port.in.ManageWorkerProfile$WorkerView",
                "org.shangmen.dispatch.adapter.in.web.WorkerWorkerView")))
                .containsEntry("org.shangmen.booking.adapter.in.web.CustomerOrderController$WorkerView", "BookingCustomerOrderControllerWorkerView")
                .containsEntry("org.shangmen.booking.application.port.in.OrderLifecycle$WorkerView", "BookingOrderLifecycleWorkerView")
                .containsEntry("org.shangmen.worker.application.port.in.ManageWorkerProfile$WorkerView", "WorkerManageWorkerProfileWorkerView");
    }
}
