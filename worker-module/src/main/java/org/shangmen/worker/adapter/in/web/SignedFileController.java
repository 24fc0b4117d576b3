package org.shangmen.worker.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.application.port.in.ServeDocument;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Documents behind the short-lived signed links that owners and operators receive. */
@RestController
@Tag(name = "文件 Files", description = "签名链接访问上传的文件")
class SignedFileController {

    private static final String PREFIX = "/api/v1/files/";
    private final ServeDocument documents;

    SignedFileController(ServeDocument documents) {
        this.documents = documents;
    }

    @GetMapping(PREFIX + "**")
    @Operation(summary = "通过签名链接读取文件(链接 5 分钟内有效)")
    ResponseEntity<byte[]> file(HttpServletRequest request, @RequestParam long expires, @RequestParam String signature) {
        String key = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        return documents.read(key, expires, signature)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(file.content()))
                .orElseThrow(() -> DomainException.notFound("worker.document-not-found"));
    }
}
