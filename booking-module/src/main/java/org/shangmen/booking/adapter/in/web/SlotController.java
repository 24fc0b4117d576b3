package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.adapter.in.web.WebInput.LineRequest;
import org.shangmen.booking.application.port.in.FindSlots;
import org.shangmen.booking.application.port.in.FindSlots.SlotQuery;
import org.shangmen.booking.application.port.in.QuoteBasket.BasketLine;
import org.shangmen.booking.domain.Quote;
import org.shangmen.kernel.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/public/slots")
@Tag(name = "可预约时间 Free slots", description = "C2.3 按师傅排班与服务区域计算的空闲时段")
class SlotController {

    private static final int DEFAULT_DAYS = 14;

    private final FindSlots slots;
    private final CatalogueViewMapper views;

    SlotController(FindSlots slots, CatalogueViewMapper views) {
        this.slots = slots;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "所选项目(默认选项)在某区县的可预约开始时间:30 分钟粒度,城市时区,附可接单师傅数;asap=true 只返回最近可上门的时间")
    SlotsResponse find(@RequestParam List<UUID> items, @RequestParam String district,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(defaultValue = "" + DEFAULT_DAYS) int days,
                       @RequestParam(defaultValue = "false") boolean asap) {
        if (items.isEmpty() || items.size() > Quote.MAX_LINES) {
            throw DomainException.invalid("booking.basket-too-large", Quote.MAX_LINES);
        }
        List<BasketLine> basket = items.stream().map(id -> new BasketLine(id, Map.of())).toList();
        return views.slots(slots.find(new SlotQuery(basket, WebInput.district(district), Optional.empty(),
                Optional.ofNullable(from), days, asap)));
    }

    record SlotRequest(@NotNull @Size(min = 1, max = Quote.MAX_LINES) List<@Valid @NotNull LineRequest> items,
                       @NotNull String district, UUID communityId, LocalDate from, Integer days, Boolean asap) {
    }

    @PostMapping
    @Operation(summary = "与 GET 相同,但按请求中的完整选项(面积、时长等)计算服务时长")
    SlotsResponse search(@Valid @RequestBody SlotRequest body) {
        return views.slots(slots.find(new SlotQuery(WebInput.basket(body.items()), WebInput.district(body.district()),
                Optional.ofNullable(body.communityId()), Optional.ofNullable(body.from()),
                body.days() == null ? DEFAULT_DAYS : body.days(), Boolean.TRUE.equals(body.asap()))));
    }

    record SlotResponse(String start, String end, int workers) {
    }

    record SlotsResponse(String timeZone, String district, int visitMinutes, List<SlotResponse> slots) {
    }
}
