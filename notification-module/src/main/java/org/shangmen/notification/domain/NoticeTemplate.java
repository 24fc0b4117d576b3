package org.shangmen.notification.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notices the platform sends (C5.1), each with a Chinese and an English title and body whose
 * {@code {placeholders}} are filled from the triggering event's facts. A template's code is stored with
 * every notice, so a code is never renamed. {@code byText} marks the few notices that also warrant a text
 * message (acceptance, a time change).
 */
public enum NoticeTemplate {

    OFFER_RECEIVED("新订单待接单", "您有新的{itemName}订单:{serviceTime},{district},请尽快查看并接单。",
            "New order offered", "A new {itemName} order: {serviceTime}, {district}. Please review and accept it.", false),
    ORDER_ACCEPTED("订单已被接单", "您发布的家政服务需求已被 {workerName} 接单,请留意服务时间",
            "Your order was accepted", "Your home service request was accepted by {workerName}; please note the service time.", true),
    OFFER_REJECTED("家政人员未能接单", "{workerName} 未能接单,原因:{reason}。您可以选择其他家政人员。",
            "The worker declined", "{workerName} could not take your order: {reason}. You may choose another worker.", false),
    NO_WORKER_FOUND("暂未找到家政人员", "您预约的 {itemName} 服务暂时没有家政人员接单,您可以调整时间或选择其他家政人员。",
            "No worker found yet", "No worker has taken your {itemName} order yet; you may change the time or choose a worker.", false),
    PAYMENT_SUCCEEDED("支付成功", "您已成功支付订单 {itemName},金额 {amount}。",
            "Payment received", "Your payment of {amount} for {itemName} was received.", false),
    RESCHEDULE_REQUESTED("服务时间变更待确认", "{workerName} 申请将 {itemName} 的服务时间改为 {newTime},原因:{reason}。请确认是否同意。",
            "Please confirm a new time", "{workerName} asks to move {itemName} to {newTime} because: {reason}. Please confirm.", false),
    RESCHEDULE_APPROVED("服务时间已变更", "您预约的 {itemName} 服务时间将变更为 {newTime},如有疑问请联系 {contact}",
            "Service time changed", "Your {itemName} service moves to {newTime}; if in doubt, contact {contact}.", true),
    RESCHEDULE_REFUSED("服务时间未变更", "{itemName} 的服务时间变更申请未获同意,服务时间仍为 {serviceTime}。",
            "Service time unchanged", "The request to move {itemName} was not agreed; the time stays {serviceTime}.", false),
    WORKER_ON_THE_WAY("家政人员已出发", "{workerName} 已出发,预计 {arrivalTime} 到达,请保持电话畅通。",
            "Your worker is on the way", "{workerName} is on the way and should arrive around {arrivalTime}.", false),
    WORKER_CHECKED_IN("服务已开始", "{workerName} 已到达并开始 {itemName} 服务。",
            "Service started", "{workerName} has arrived and started the {itemName} service.", false),
    SERVICE_COMPLETED("服务已完成", "{itemName} 服务已完成,感谢您的信任。",
            "Service completed", "The {itemName} service is complete. Thank you.", false),
    REVIEW_REMINDER("邀请您评价", "您对 {workerName} 的 {itemName} 服务满意吗?欢迎评价。",
            "How did it go?", "Were you happy with {workerName}'s {itemName} service? Please leave a review.", false),
    CERTIFICATION_APPROVED("认证已通过", "恭喜,您的家政人员认证已通过审核,现在可以接单了。",
            "Certification approved", "Congratulations, your certification was approved; you can now take orders.", false),
    CERTIFICATION_REJECTED("认证未通过", "您的家政人员认证未通过审核,原因:{reason}。请修改资料后重新提交。",
            "Certification not approved", "Your certification was not approved: {reason}. Please correct it and submit again.", false),
    CERTIFICATION_ITEMS_REQUESTED("请补充认证材料", "平台更新了{skill}的认证规则,请在 {due} 前补充:{items}。逾期未补充将暂停该技能的派单。",
            "Certification items needed", "The certification rules for {skill} changed: please supply {items} by {dueEn}. "
            + "Without them you will get no offers for this skill after that.", false),
    PENALTY_APPLIED("处罚通知", "平台对您作出{penalty}处理{until}。如有异议,可在师傅端提出申诉。",
            "Penalty notice", "The platform imposed a {penaltyEn}{untilEn}. You may appeal in the worker app.", false),
    SETTLEMENT_READY("结算单已生成", "您 {period} 的结算单已生成,应结金额 {amount}。",
            "Statement ready", "Your statement for {period} is ready: {amount}.", false),
    REFUND_DONE("退款已完成", "订单 {itemName} 的退款 {amount} 已原路退回,请注意查收。",
            "Refund completed", "The refund of {amount} for {itemName} went back to your original payment method.", false),
    RESCHEDULED_BY_CUSTOMER("客户已改期", "客户已将 {itemName} 的服务时间改为 {newTime},请按新时间上门。如有疑问请联系 {contact}",
            "The customer moved the time", "The customer moved {itemName} to {newTime}; please come at the new time. "
            + "If in doubt, contact {contact}.", false),
    ORDER_CANCELLED_FOR_WORKER("订单已取消", "{itemName} 订单已被取消,无需上门,该时段已为您释放。",
            "Order cancelled", "The {itemName} order was cancelled; no visit is needed and the time is free again.", false),
    WORKER_REPLACED("订单已改派", "客户已为 {itemName} 订单更换家政人员,该订单不再由您服务,该时段已为您释放。",
            "Order reassigned", "The customer asked for another worker for {itemName}; the order is no longer yours and the time "
            + "is free again.", false),
    COMPLAINT_FILED("投诉已受理", "我们已收到您对 {itemName} 订单的投诉,客服将在 24 小时内答复。",
            "Complaint received", "We received your complaint about {itemName}; customer service answers within 24 hours.", false),
    COMPLAINT_RESOLVED("投诉已处理", "您对 {itemName} 订单的投诉已处理,请在投诉详情中查看结果并评价处理。",
            "Complaint resolved", "Your complaint about {itemName} was resolved; see the outcome and rate the handling in its details.",
            false),
    COMPLAINT_RESOLVED_FOR_WORKER("有一宗投诉已处理", "您服务的 {itemName} 订单有一宗投诉已处理,可在投诉详情中查看结果并补充说明。",
            "A complaint was resolved", "A complaint about your {itemName} order was resolved; see the outcome and add your "
            + "statement in its details.", false),
    TRAINING_ENROLLED("报名成功", "您已报名课程「{courseTitle}」{required},请在「技能培训」中开始学习。",
            "Enrolled", "You are enrolled in \"{courseTitle}\"{requiredEn}; start learning under Training.", false),
    TRAINING_SEAT_CONFIRMED("线下课座位已确认", "您已获得「{courseTitle}」{sessionTitle}的座位:{startsAt},{place}。",
            "Seat confirmed", "You hold a seat at {sessionTitle} of \"{courseTitle}\": {startsAtEn}, {place}.", false),
    TRAINING_SESSION_REMINDER("明天有线下课", "提醒:「{courseTitle}」{sessionTitle}将于 {startsAt} 在 {place} 开课,请准时签到。",
            "Session tomorrow", "Reminder: {sessionTitle} of \"{courseTitle}\" starts {startsAtEn} at {place}; please check in on time.", false),
    TRAINING_HOMEWORK_GRADED("作业已批改", "您在「{courseTitle}」的作业「{partTitle}」已批改:{result}。",
            "Homework graded", "Your homework \"{partTitle}\" in \"{courseTitle}\" was graded: {resultEn}.", false),
    TRAINING_EXAM_RESULT("考试成绩", "「{courseTitle}」理论考试成绩 {score} 分,{result}。",
            "Exam result", "Your theory exam for \"{courseTitle}\" scored {score}: {resultEn}.", false),
    TRAINING_BADGE_EARNED("获得技能徽章", "恭喜!您获得「{badgeLabel}」徽章与培训合格证(编号 {certificateNumber}),有效期至 {validUntil}。",
            "Badge earned", "Congratulations! You earned the \"{badgeLabel}\" badge and training certificate {certificateNumber}, valid "
            + "until {validUntil}.", false),
    TRAINING_BADGE_EXPIRING("徽章即将到期", "您的「{badgeLabel}」徽章将于 {validUntil} 到期,到期后将无法承接需要该徽章的服务。建议报名「{courseTitle}」续期。",
            "Badge expiring", "Your \"{badgeLabel}\" badge ends on {validUntil}; after that, services requiring it are closed to you. "
            + "Enrol in \"{courseTitle}\" to renew it.", false),
    TRAINING_BADGE_EXPIRED("徽章已到期", "您的「{badgeLabel}」徽章已于 {validUntil} 到期,需要该徽章的服务暂不能承接,请参加复训续期。",
            "Badge expired", "Your \"{badgeLabel}\" badge ended on {validUntil}; retrain to take services requiring it again.", false),
    PLACEMENT_CONTRACTED("长期服务已签约", "客户已选定您提供长期服务:{startsOn} 至 {lastDay},合同条款可在「长期服务」中查看。",
            "Placement contracted", "A customer chose you for a placement from {startsOn} to {lastDay}; see its contract under Placements.", false),
    PLACEMENT_EXTENDED("长期服务已延长", "长期服务已延长,最后服务日为 {lastDay}。",
            "Placement extended", "The placement was extended; its last day of service is now {lastDay}.", false),
    PLACEMENT_ENDING_EARLY("长期服务将提前结束", "长期服务将提前结束,最后服务日为 {lastDay},费用按合同结算。",
            "Placement ending early", "The placement ends early; its last day of service is {lastDay}, settled by the contract.", false),
    PLACEMENT_ENDED("长期服务已结束", "长期服务已结束。{refund}",
            "Placement ended", "The placement has ended. {refundEn}", false),
    SERIES_HANDED_OVER("周期服务将另派人员", "您周期服务的指定家政人员暂时无法继续服务,之后的每次上门将由平台为您另派合适的家政人员。",
            "Recurring plan reassigned", "The worker of your recurring plan can no longer serve it; the platform will find another worker "
            + "for each later visit.", false),
    SUSPENSION_LIFTED("暂停接单已解除", "您已通过课程「{courseTitle}」,因服务质量暂停接单的处罚已解除。{state}",
            "Suspension lifted", "You passed \"{courseTitle}\"; the suspension for service quality is lifted. {stateEn}", false),
    PLACEMENT_SUBSTITUTE("长期服务替班安排", "长期服务 {firstDay} 至 {lastDay} 由替班人员{substitute}服务,其余日期不变。",
            "Placement substitute", "A substitute, {substitute}, serves the placement from {firstDay} to {lastDay}; the other days stay as they are.",
            false),
    PLACEMENT_SUBSTITUTE_UNFILLED("看护空缺:暂无替班人员", "长期服务 {firstDay} 至 {lastDay} 暂无替班人员接单,这些天看护空缺。您可以在替班安排中指定一位空闲的家政人员,或联系客服。",
            "Gap in care: no substitute yet", "No substitute took the placement's days from {firstDay} to {lastDay}, so they are uncovered. "
            + "You may name a free worker under substitutes, or contact support.", false),
    PACKAGE_REFUND_DONE("套餐退款已完成", "{itemName} 未使用部分的退款 {amount} 已原路退回,请注意查收。",
            "Package refund completed", "The refund of {amount} for the unused part of {itemName} went back to your original payment method.", false);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    /** The longest value one placeholder takes. */
    public static final int MAX_VALUE_LENGTH = 200;

    private final String title;
    private final String body;
    private final String titleEn;
    private final String bodyEn;
    private final boolean byText;

    NoticeTemplate(String title, String body, String titleEn, String bodyEn, boolean byText) {
        this.title = title;
        this.body = body;
        this.titleEn = titleEn;
        this.bodyEn = bodyEn;
        this.byText = byText;
    }

    public boolean byText() {
        return byText;
    }

    /** Every placeholder the Chinese and English texts use. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String text : List.of(title, body, titleEn, bodyEn)) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The notice's texts with every placeholder filled; refuses missing or oversized values. */
    public Rendered render(Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        List<String> missing = new ArrayList<>();
        Map<String, String> clean = new LinkedHashMap<>();
        for (String name : placeholders()) {
            String value = parameters.get(name);
            if (value == null) {
                missing.add(name);
                continue;
            }
            String single = value.replaceAll("\\p{Cntrl}", " ").strip();
            if (single.length() > MAX_VALUE_LENGTH) {
                single = single.substring(0, MAX_VALUE_LENGTH - 1) + "…";
            }
            clean.put(name, single);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(name() + " needs " + missing);
        }
        return new Rendered(fill(title, clean), fill(body, clean), fill(titleEn, clean), fill(bodyEn, clean));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A notice's texts in Chinese and English. */
    public record Rendered(String title, String body, String titleEn, String bodyEn) {
    }
}
