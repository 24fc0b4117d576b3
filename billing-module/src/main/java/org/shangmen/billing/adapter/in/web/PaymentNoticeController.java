package org.shangmen.billing.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shangmen.billing.application.port.in.SettlePayments;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment providers' notices (callbacks). Public, because the providers call them; each notice is
 * verified over its exact raw body before anything happens, and answered the way its provider expects.
 */
@RestController
@RequestMapping("/api/v1/public/payments/notify")
@Tag(name = "支付通知 Payment notices", description = "支付渠道的异步通知(验签后处理,幂等)")
class PaymentNoticeController {

    private static final int MAX_BODY = 64 * 1024;

    private final SettlePayments settle;

    PaymentNoticeController(SettlePayments settle) {
        this.settle = settle;
    }

    @PostMapping(value = "/wechat", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "微信支付 v3 支付与退款通知:验签、解密、幂等处理;成功应答 200,验签失败应答 401",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "微信支付通知:JSON,resource 为加密的支付或退款结果 / WeChat Pay notice, its resource encrypted",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object"))))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "{\"code\":\"SUCCESS\"}")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401", description = "{\"code\":\"FAIL\"}:验签失败 / the signature did not verify",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    ResponseEntity<Map<String, String>> wechat(HttpServletRequest request, @RequestBody(required = false) String body) {
        if (body == null || body.length() > MAX_BODY || !settle.notice("wechat", headers(request), body)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("code", "FAIL", "message", "verification failed"));
        }
        return ResponseEntity.ok(Map.of("code", "SUCCESS", "message", "OK"));
    }

    @PostMapping(value = "/alipay", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "支付宝异步通知:RSA2 验签后幂等处理;成功应答 success,否则 failure",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "支付宝异步通知的表单字段 / the notice form of Alipay",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object"))))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "success")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "failure", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.TEXT_PLAIN_VALUE))
    ResponseEntity<String> alipay(HttpServletRequest request) {
        Optional<String> form = form(request);
        if (form.isEmpty() || !settle.notice("alipay", Map.of(), form.get())) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body("failure");
        }
        return ResponseEntity.ok("success");
    }

    @PostMapping(value = "/unionpay", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "银联全渠道后台通知(消费、退货):验签后幂等处理;成功应答 200 ok,否则 400",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "银联后台通知的表单字段 / the notice form of UnionPay",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object"))))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "ok")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "fail", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.TEXT_PLAIN_VALUE))
    ResponseEntity<String> unionpay(HttpServletRequest request) {
        Optional<String> form = form(request);
        if (form.isEmpty() || !settle.notice("unionpay", Map.of(), form.get())) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body("fail");
        }
        return ResponseEntity.ok("ok");
    }

    /** The posted form again as a URL-encoded body, as the provider signed its fields; empty when too large. */
    private static Optional<String> form(HttpServletRequest request) {
        StringBuilder form = new StringBuilder();
        int size = 0;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!form.isEmpty()) {
                    form.append('&');
                }
                form.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                size += parameter.getKey().length() + value.length();
            }
        }
        return size > MAX_BODY ? Optional.empty() : Optional.of(form.toString());
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return headers;
    }
}
