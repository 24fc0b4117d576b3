package org.shangmen.training.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shangmen.kernel.DomainException;
import org.shangmen.training.application.port.out.VideoStorage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * W4.1 lesson videos behind short-lived signed links; HTTP Range requests answer 206 with the asked bytes,
 * so a mini-program {@code <video>} can seek.
 */
@RestController
@Tag(name = "培训视频 Training media", description = "视频课的限时签名链接,支持 Range")
class TrainingMediaController {

    private final VideoStorage videos;

    TrainingMediaController(VideoStorage videos) {
        this.videos = videos;
    }

    private static String type(String name) {
        return name.endsWith(".mp4") ? "video/mp4" : name.endsWith(".png") ? "image/png" : "image/jpeg";
    }

    @GetMapping("/api/v1/public/training/media")
    @Operation(summary = "按签名链接读取视频(支持 Range 分段)或作业照片;链接过期或签名不符时 404")
    @ApiResponse(responseCode = "200", description = "视频或作业照片 / the video or homework photo",
            content = {@Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "206", description = "Range 请求的片段 / the range asked for",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<Resource> media(@RequestParam String key, @RequestParam long expires, @RequestParam String signature) {
        return videos.signedFile(key, expires, signature)
                .<ResponseEntity<Resource>>map(file -> ResponseEntity.ok().contentType(MediaType.parseMediaType(type(file.toString())))
                        .header("Cache-Control", "private, max-age=600").body(new FileSystemResource(file)))
                .orElseThrow(() -> DomainException.notFound("training.media-link-invalid"));
    }
}
