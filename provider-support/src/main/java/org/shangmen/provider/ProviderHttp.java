package org.shangmen.provider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The shared HTTP error classification for provider adapters that speak HTTP themselves: a network error or
 * timeout and a 5xx become a retryable {@link ProviderFailure}, other client errors a final one; every other
 * status comes back with its body for the adapter to read the provider's own answer codes.
 */
public final class ProviderHttp {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private ProviderHttp() {
    }

    /** A status and a JSON object body; the body is null when the answer was empty or no JSON object. */
    public record JsonReply(int status, Map<String, Object> body) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    /** A status and at most the first bytes of the body, for answers whose content type cannot be trusted. */
    public record BytesReply(int status, byte[] body) {
    }

    public static boolean isServerError(int status) {
        return status >= 500 && status <= 599;
    }

    /** True when the failure, or any of its causes, is an I/O error or a timeout: the network, not the provider's answer. */
    public static boolean isNetworkOrTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof ResourceAccessException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The type of the failure's timeout, if a cause is one, else of its innermost cause: the one thing about a
     * network failure that is safe to log (messages may carry URLs with secrets).
     */
    public static String rootCauseName(Throwable failure) {
        Throwable cause = failure;
        while (true) {
            if (cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.net.http.HttpTimeoutException) {
                return cause.getClass().getSimpleName();
            }
            if (cause.getCause() == null || cause.getCause() == cause) {
                return cause.getClass().getSimpleName();
            }
            cause = cause.getCause();
        }
    }

    /**
     * Sends the request and reads a JSON object. Throws a retryable {@link ProviderFailure} on a network
     * error, a timeout or a 5xx, and a final one when the HTTP client itself fails otherwise.
     */
    public static JsonReply json(RestClient.RequestHeadersSpec<?> request) {
        JsonReply reply = send(() -> request.exchange((sent, response) -> {
            int status = response.getStatusCode().value();
            if (isServerError(status)) {
                return new JsonReply(status, null);
            }
            try {
                return new JsonReply(status, response.bodyTo(JSON_OBJECT));
            } catch (RestClientException unreadable) {
                return new JsonReply(status, null);
            }
        }));
        if (isServerError(reply.status())) {
            throw ProviderFailure.ofStatus(reply.status());
        }
        return reply;
    }

    /** Sends the request and reads at most {@code maxBytes} of the body, classifying failures as {@link #json} does. */
    public static BytesReply bytes(RestClient.RequestHeadersSpec<?> request, int maxBytes) {
        BytesReply reply = send(() -> request.exchange((sent, response) ->
                new BytesReply(response.getStatusCode().value(), readBounded(response.getBody(), maxBytes))));
        if (isServerError(reply.status())) {
            throw ProviderFailure.ofStatus(reply.status());
        }
        return reply;
    }

    private static <T> T send(Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (ResourceAccessException networkOrTimeout) {
            // The exception's message names the URL, which may carry secrets: only the failure's type is kept.
            throw ProviderFailure.ofNetwork(networkOrTimeout);
        } catch (RestClientException other) {
            throw ProviderFailure.permanent("HTTP client error (" + other.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] readBounded(InputStream body, int maxBytes) throws IOException {
        return body == null ? new byte[0] : body.readNBytes(maxBytes);
    }
}
