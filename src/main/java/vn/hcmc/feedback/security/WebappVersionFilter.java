package vn.hcmc.feedback.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The Camunda webapps' pages without their version (issue 16, finding 9): their index pages, which anyone sees
 * before logging in, name the Camunda release in every asset address ({@code ?bust=7.24.0}) and in the footer
 * ({@code version="v7.24.0"}), which tells an attacker which published vulnerabilities to try. This filter replaces
 * the cache-busting value by an opaque one that still changes with every release and build, and leaves the footer's
 * version empty. Managers read the versions at {@code /actuator/info}.
 *
 * <p>Only the HTML pages are rewritten (a few kilobytes); the webapps' scripts are served as they are.
 */
class WebappVersionFilter extends OncePerRequestFilter {

    private static final Pattern INDEX = Pattern.compile("^/camunda/app/[^/]+/(?:[^/]+/)?(?:index\\.html)?$");
    private static final Pattern BUST = Pattern.compile("\\?bust=(\\d+\\.\\d+\\.\\d+[\\w.-]*)");
    private static final Pattern FOOTER_VERSION = Pattern.compile("version=\"v?\\d+\\.\\d+\\.\\d+[^\"]*\"");

    private final String build;

    /** @param build what tells this build from others (its version and build time); part of the opaque value */
    WebappVersionFilter(String build) {
        this.build = build;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !INDEX.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, page);
        String type = page.getContentType();
        if (page.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")) {
            page.copyBodyToResponse();
            return;
        }
        String html = new String(page.getContentAsByteArray(), StandardCharsets.UTF_8);
        byte[] rewritten = withoutVersion(html).getBytes(StandardCharsets.UTF_8);
        page.resetBuffer();
        response.setContentLength(rewritten.length);
        response.getOutputStream().write(rewritten);
    }

    String withoutVersion(String html) {
        Matcher bust = BUST.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (bust.find()) {
            bust.appendReplacement(out, "?bust=" + opaque(bust.group(1)));
        }
        bust.appendTail(out);
        return FOOTER_VERSION.matcher(out).replaceAll("version=\"\"");
    }

    private String opaque(String version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("camunda-webapp\n" + version + "\n" + build).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
