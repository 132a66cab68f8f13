package vn.hcmc.feedback.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Mail texts from templates on the classpath, {@code mail/<name>.<language>.txt} (UTF-8): the first line is
 * {@code Subject: …}, the rest is the body. {@code {{key}}} is replaced by the value of {@code key}; a placeholder
 * without a value is an error, so a mail never leaves with a hole in it. A language without its own template falls
 * back to Vietnamese.
 */
@Component
public class MailTemplates {

    public static final String DEFAULT_LANGUAGE = "vi";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_.-]+)}}");

    private final Map<String, String> sources = new ConcurrentHashMap<>();

    /** A rendered mail: subject and plain-text body. */
    public record MailText(String subject, String body) {
    }

    public MailText render(String name, String language, Map<String, ?> values) {
        String source = source(name, language);
        int newline = source.indexOf('\n');
        String first = newline < 0 ? source : source.substring(0, newline);
        if (!first.startsWith("Subject:")) {
            throw new IllegalStateException("Mail template " + name + " does not start with 'Subject:'");
        }
        String subject = fill(name, first.substring("Subject:".length()).trim(), values);
        String body = newline < 0 ? "" : fill(name, source.substring(newline + 1).strip() + "\n", values);
        return new MailText(subject, body);
    }

    public boolean exists(String name, String language) {
        return new ClassPathResource(path(name, language)).exists();
    }

    private String source(String name, String language) {
        String lang = language != null && exists(name, language) ? language : DEFAULT_LANGUAGE;
        return sources.computeIfAbsent(path(name, lang), this::read);
    }

    private String read(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw new IllegalStateException("Mail template " + path + " is missing");
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Mail template " + path + " cannot be read", e);
        }
    }

    private static String fill(String name, String text, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Mail template " + name + " needs a value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String path(String name, String language) {
        return "mail/" + name + "." + language + ".txt";
    }
}
