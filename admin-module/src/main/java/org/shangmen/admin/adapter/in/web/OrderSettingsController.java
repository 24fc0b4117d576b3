package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.shangmen.booking.api.OrderSettingsAdministration;
import org.shangmen.booking.api.OrderSettingsAdministration.SettingsDraft;
import org.shangmen.booking.api.OrderSettingsAdministration.SettingsView;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A1.1: the customer side's order settings (cancellation and change policy, payment window, minimum
 * notice, travel buffer, daily cap) in versions with an effective time. New orders take the version in
 * force when they are placed and keep its policy. Changing needs {@code ops} or {@code superadmin}.
 */
@RestController
@RequestMapping("/api/v1/admin/order-settings")
@Tag(name = "订单规则设置 Order settings", description = "A1.1")
class OrderSettingsController {

    private static final String CHANGE = "hasAnyAuthority('PERM_ops', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_auditor', 'PERM_superadmin')";

    private final OrderSettingsAdministration settings;

    OrderSettingsController(OrderSettingsAdministration settings) {
        this.settings = settings;
    }

    @GetMapping("/current")
    @PreAuthorize(READ)
    @Operation(summary = "现行的订单规则:取消与改期政策、支付时限、最短提前预约时间、路程缓冲、每日接单上限")
    SettingsView current() {
        return settings.current();
    }

    @GetMapping("/versions")
    @PreAuthorize(READ)
    @Operation(summary = "订单规则的全部版本,新版在前;第 0 版为配置文件中的默认值")
    Page<SettingsView> versions(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return settings.history(new PageRequest(page, size));
    }

    /** Durations in minutes, money in fen; {@code effectiveFrom} absent: in force at once. */
    record SettingsRequest(int freeCancelBeforeMinutes, int lateFeeBasisPoints, long minimumLateFeeFen, int workerChangeBeforeMinutes,
                           int paymentWindowMinutes, int minimumNoticeMinutes, int asapNoticeMinutes, int asapHorizonMinutes,
                           int travelBufferMinutes, int maxJobsPerDay, @Size(max = 500) String note, OffsetDateTime effectiveFrom) {
    }

    @PostMapping("/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CHANGE)
    @Operation(summary = "发布新版订单规则(可指定将来的生效时间);已下单的订单保留下单时的规则")
    SettingsView schedule(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody SettingsRequest body) {
        return settings.schedule(new SettingsDraft(body.freeCancelBeforeMinutes(), body.lateFeeBasisPoints(), body.minimumLateFeeFen(),
                body.workerChangeBeforeMinutes(), body.paymentWindowMinutes(), body.minimumNoticeMinutes(), body.asapNoticeMinutes(),
                body.asapHorizonMinutes(), body.travelBufferMinutes(), body.maxJobsPerDay(), body.note(),
                body.effectiveFrom() == null ? null : body.effectiveFrom().toInstant()), UUID.fromString(jwt.getSubject()));
    }
}
