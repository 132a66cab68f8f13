package vn.hcmc.feedback.open311;

import org.springframework.http.MediaType;

/** The two formats of every Open311 resource, chosen by the path's extension ({@code services.json}). */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static Open311Format of(String extension) {
        if ("json".equals(extension)) {
            return JSON;
        }
        if ("xml".equals(extension)) {
            return XML;
        }
        throw Open311Exception.notFound("Format '" + extension + "' is not served; use .json or .xml.");
    }

    /** The format a path asks for; JSON when it names none (errors of unknown paths). */
    static Open311Format ofPath(String path) {
        return path != null && path.endsWith(".xml") ? XML : JSON;
    }
}
