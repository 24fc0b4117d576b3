package org.shangmen.identity.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shangmen.identity.api.Role;
import org.shangmen.identity.application.port.in.LinkSocialAccount;
import org.shangmen.identity.application.port.in.ManagePassword;
import org.shangmen.identity.application.port.in.OwnAccount;
import org.shangmen.identity.application.port.in.RegisterAccount;
import org.shangmen.identity.application.port.in.SendVerificationCode;
import org.shangmen.identity.application.port.in.SignIn;
import org.shangmen.identity.application.port.in.SignedIn;
import org.shangmen.identity.domain.CodePurpose;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "账号与登录 Accounts and sign-in", description = "注册、登录、记住我、找回密码(C1.1–C1.4, W1.1)")
class AuthController {

    private final SendVerificationCode codes;
    private final RegisterAccount registration;
    private final SignIn signIn;
    private final ManagePassword passwords;
    private final OwnAccount ownAccount;
    private final LinkSocialAccount links;
    private final AccountMapper mapper;

    AuthController(SendVerificationCode codes, RegisterAccount registration, SignIn signIn, ManagePassword passwords,
                   OwnAccount ownAccount, LinkSocialAccount links, AccountMapper mapper) {
        this.links = links;
        this.mapper = mapper;
        this.codes = codes;
        this.registration = registration;
        this.signIn = signIn;
        this.passwords = passwords;
        this.ownAccount = ownAccount;
    }

    record SendCodeRequest(@NotBlank @Size(max = 20) String phone, @NotNull CodePurpose purpose) {
    }

    record CodeSentResponse(int validSeconds, int resendAfterSeconds) {
    }

    @PostMapping("/sms-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "发送短信验证码(注册、登录、重置密码、绑定手机)")
    CodeSentResponse sendCode(@Valid @RequestBody SendCodeRequest body, HttpServletRequest request) {
        var sent = codes.send(new SendVerificationCode.SendCode(body.phone(), body.purpose(), request.getRemoteAddr()));
        return new CodeSentResponse(sent.validSeconds(), sent.resendAfterSeconds());
    }

    record PhoneRegistrationRequest(@NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 6) String code,
                                    @NotBlank @Size(max = 256) String password, Role role, boolean rememberMe) {
    }

    @PostMapping("/register/phone")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "手机号注册:验证码 + 设置密码(C1.1, W1.1)")
    TokenResponse registerByPhone(@Valid @RequestBody PhoneRegistrationRequest body, HttpServletRequest request) {
        return mapper.toResponse(registration.byPhone(new RegisterAccount.PhoneRegistration(
                body.phone(), body.code(), body.password(), body.role(), body.rememberMe(), request.getRemoteAddr())));
    }

    record EmailRegistrationRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 256) String password, Role role) {
    }

    @PostMapping("/register/email")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "邮箱注册:发送验证邮件,点击链接后完成注册(C1.2)")
    Map<String, String> registerByEmail(@Valid @RequestBody EmailRegistrationRequest body) {
        registration.byEmail(new RegisterAccount.EmailRegistration(body.email(), body.password(), body.role()));
        return Map.of("status", "VERIFICATION_SENT");
    }

    @GetMapping("/email/verify")
    @Operation(summary = "邮件中的验证链接")
    Map<String, Object> verifyEmail(@RequestParam @Size(max = 64) String token) {
        registration.verifyEmail(token);
        return Map.of("verified", true);
    }

    record PasswordSignInRequest(@NotBlank @Size(max = 254) String account, @NotBlank @Size(max = 256) String password,
                                 boolean rememberMe) {
    }

    @PostMapping("/login/password")
    @Operation(summary = "密码登录:手机号、邮箱或运营账号 + 密码(C1.4)")
    TokenResponse signInWithPassword(@Valid @RequestBody PasswordSignInRequest body, HttpServletRequest request) {
        return mapper.toResponse(signIn.withPassword(body.account(), body.password(), body.rememberMe(), request.getRemoteAddr()));
    }

    record SmsSignInRequest(@NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 6) String code, boolean rememberMe) {
    }

    @PostMapping("/login/sms")
    @Operation(summary = "短信验证码登录(C1.4)")
    TokenResponse signInWithSms(@Valid @RequestBody SmsSignInRequest body, HttpServletRequest request) {
        return mapper.toResponse(signIn.withSmsCode(body.phone(), body.code(), body.rememberMe(), request.getRemoteAddr()));
    }

    record WeChatSignInRequest(@NotBlank @Size(max = 256) String code, Role role, boolean rememberMe) {
    }

    @PostMapping("/login/wechat")
    @Operation(summary = "微信小程序登录:wx.login 的 code(C1.3)")
    TokenResponse signInWithWeChat(@Valid @RequestBody WeChatSignInRequest body) {
        return mapper.toResponse(signIn.withWeChat(body.code(), body.role(), body.rememberMe()));
    }

    record QqSignInRequest(@NotBlank @Size(max = 256) String code, @NotBlank @Size(max = 512) String redirectUri, Role role,
                           boolean rememberMe) {
    }

    @PostMapping("/login/qq")
    @Operation(summary = "QQ 登录:OAuth 授权码(C1.3)")
    TokenResponse signInWithQq(@Valid @RequestBody QqSignInRequest body) {
        return mapper.toResponse(signIn.withQq(body.code(), body.redirectUri(), body.role(), body.rememberMe()));
    }

    record RefreshRequest(@NotBlank @Size(max = 64) String refreshToken) {
    }

    @PostMapping("/token/refresh")
    @Operation(summary = "用刷新令牌换取新的访问令牌(记住我);刷新令牌每次轮换,旧令牌重放将注销整个会话")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body) {
        return mapper.toResponse(signIn.refresh(body.refreshToken()));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "退出登录:当前会话的访问令牌与刷新令牌立即失效")
    void signOut(@AuthenticationPrincipal Jwt jwt) {
        signIn.signOut(UUID.fromString(jwt.getClaimAsString("sid")));
    }

    record AccountResponse(UUID id, Set<Role> roles, String phone, String email, boolean emailVerified, String username,
                           boolean hasPassword, Set<String> socialProviders, boolean passwordChangeRequired,
                           Set<String> permissions, OffsetDateTime createdAt) {
    }

    @GetMapping("/me")
    @Operation(summary = "我的账号(本人可见完整手机号与邮箱)")
    AccountResponse me(@AuthenticationPrincipal Jwt jwt) {
        return mapper.toResponse(ownAccount.view(UUID.fromString(jwt.getSubject())));
    }

    record BindPhoneRequest(@NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 6) String code) {
    }

    @PostMapping("/phone")
    @Operation(summary = "绑定或更换手机号(需要发往该手机的新验证码)")
    AccountResponse bindPhone(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody BindPhoneRequest body) {
        return mapper.toResponse(ownAccount.bindPhone(UUID.fromString(jwt.getSubject()), body.phone(), body.code()));
    }

    record LinkWeChatRequest(@NotBlank @Size(max = 256) String code) {
    }

    @PostMapping("/me/wechat")
    @Operation(summary = "绑定微信:小程序 wx.login 的 code;绑定后可用微信登录和微信支付。该微信已属于其他账号时答复 409 identity.social-already-bound")
    AccountResponse linkWeChat(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody LinkWeChatRequest body) {
        return mapper.toResponse(links.linkWeChat(UUID.fromString(jwt.getSubject()), body.code()));
    }

    @DeleteMapping("/me/wechat")
    @Operation(summary = "解绑微信;这是唯一登录方式时答复 409 identity.last-sign-in-method")
    AccountResponse unlinkWeChat(@AuthenticationPrincipal Jwt jwt) {
        return mapper.toResponse(links.unlinkWeChat(UUID.fromString(jwt.getSubject())));
    }

    record LinkQqRequest(@NotBlank @Size(max = 256) String code, @NotBlank @Size(max = 512) String redirectUri) {
    }

    @PostMapping("/me/qq")
    @Operation(summary = "绑定 QQ:OAuth 授权码及其 redirectUri。该 QQ 已属于其他账号时答复 409 identity.social-already-bound")
    AccountResponse linkQq(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody LinkQqRequest body) {
        return mapper.toResponse(links.linkQq(UUID.fromString(jwt.getSubject()), body.code(), body.redirectUri()));
    }

    @DeleteMapping("/me/qq")
    @Operation(summary = "解绑 QQ;这是唯一登录方式时答复 409 identity.last-sign-in-method")
    AccountResponse unlinkQq(@AuthenticationPrincipal Jwt jwt) {
        return mapper.toResponse(links.unlinkQq(UUID.fromString(jwt.getSubject())));
    }

    record ChangePasswordRequest(@Size(max = 256) String currentPassword, @NotBlank @Size(max = 256) String newPassword) {
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改密码;所有会话随即失效,需要重新登录")
    void changePassword(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ChangePasswordRequest body) {
        passwords.change(UUID.fromString(jwt.getSubject()), body.currentPassword(), body.newPassword());
    }

    record SmsResetRequest(@NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 6) String code,
                           @NotBlank @Size(max = 256) String newPassword) {
    }

    @PostMapping("/password/reset-sms")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "用短信验证码重置密码;所有会话随即失效")
    void resetBySms(@Valid @RequestBody SmsResetRequest body) {
        passwords.resetBySms(body.phone(), body.code(), body.newPassword());
    }

    record MailResetRequest(@NotBlank @Size(max = 254) String email) {
    }

    @PostMapping("/password/reset-mail-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "申请通过邮件重置密码(无论邮箱是否注册,答复相同)")
    Map<String, String> requestResetMail(@Valid @RequestBody MailResetRequest body) {
        passwords.requestResetMail(body.email());
        return Map.of("status", "IF_REGISTERED_MAIL_SENT");
    }

    record MailResetCompletion(@NotBlank @Size(max = 64) String token, @NotBlank @Size(max = 256) String newPassword) {
    }

    @PostMapping("/password/reset-mail")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "用邮件中的令牌设置新密码;所有会话随即失效")
    void resetByMail(@Valid @RequestBody MailResetCompletion body) {
        passwords.resetByMail(body.token(), body.newPassword());
    }

    record TokenResponse(UUID accountId, Set<Role> roles, String tokenType, String accessToken, long expiresIn,
                         OffsetDateTime accessTokenExpiresAt, String refreshToken, OffsetDateTime refreshTokenExpiresAt,
                         boolean passwordChangeRequired, boolean newAccount, String phone) {
    }

}
