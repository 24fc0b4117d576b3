/**
 * The {@link org.shangmen.worker.application.port.out.ImageSanitizer} adapter: checks uploads by their bytes
 * and removes their metadata (JPEG and PNG re-encoded with {@code javax.imageio}, HEIC scrubbed in place).
 */
package org.shangmen.worker.adapter.out.image;
