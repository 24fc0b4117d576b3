/**
 * {@link org.shangmen.worker.application.port.out.FaceVerification} adapters, chosen by
 * {@code shangmen.face.provider}: an offline development check (default) and Tencent Cloud FaceID.
 */
package org.shangmen.worker.adapter.out.face;
