package vn.hcmc.feedback.open311;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import vn.hcmc.feedback.attachment.IncomingFile;
import vn.hcmc.feedback.attachment.Uploads;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.report.AccessTokens;
import vn.hcmc.feedback.report.ReportIntake;
import vn.hcmc.feedback.system.TextInput;
import vn.hcmc.feedback.report.ReportRequest;
import vn.hcmc.feedback.report.ReportSubmitted;

/**
 * {@code POST requests}: the Open311 form becomes the same {@link ReportRequest} as a JSON submission and goes to
 * the same {@link ReportIntake#submit}, so the report is triaged, routed, handled, answered and published like any
 * other. Everything is checked before the media is fetched, and the media before anything is stored.
 */
@Service
class Open311Submission {

    /** The form fields this endpoint reads (besides {@code attribute[code]} and the multipart {@code media}). */
    static final List<String> FIELDS = List.of("api_key", "jurisdiction_id", "service_code", "lat", "long",
            "address_string", "address_id", "email", "device_id", "account_id", "first_name", "last_name", "phone",
            "description", "media_url", "locale");

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]*)\\](.*)");

    private final ClientKeys keys;
    private final UnitDirectory directory;
    private final ServiceAttributes attributes;
    private final MediaFetcher media;
    private final ReportIntake intake;
    private final Validator validator;
    private final JdbcTemplate jdbc;
    private final AccessTokens tokens;
    private final Clock clock;
    private final Uploads uploads;

    Open311Submission(ClientKeys keys, UnitDirectory directory, ServiceAttributes attributes, MediaFetcher media,
                      ReportIntake intake, Validator validator, JdbcTemplate jdbc, AccessTokens tokens, Clock clock,
                      Uploads uploads) {
        this.uploads = uploads;
        this.keys = keys;
        this.directory = directory;
        this.attributes = attributes;
        this.media = media;
        this.intake = intake;
        this.validator = validator;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the client's {@code Idempotency-Key} header, or null: a retry of the same request with the
     *                       same key (after a cut connection) answers the same report and token instead of storing a
     *                       second one
     */
    Open311Documents.Created submit(MultiValueMap<String, String> form, MultipartFile upload, String idempotencyKey) {
        ClientApplication client = keys.authenticate(one(form, "api_key"));
        refuseControlCharacters(form);
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw Open311Exception.badRequest("The Idempotency-Key header must be 1 to 160 visible ASCII characters "
                    + "(e.g. a UUID).");
        }
        String serviceCode = one(form, "service_code");
        if (serviceCode == null) {
            throw Open311Exception.badRequest("service_code is required; see services.json.");
        }
        if (!directory.isCategory(serviceCode)) {
            throw Open311Exception.badRequest("service_code '" + serviceCode + "' is not a service; see services.json.");
        }
        ReportRequest.Location location = location(form);
        String address = one(form, "address_string");
        if (location == null && address == null) {
            throw Open311Exception.badRequest(one(form, "address_id") != null
                    ? "address_id is not supported here; send lat and long, or address_string."
                    : "A location is required: lat and long, or address_string.");
        }
        String description = one(form, "description");
        if (description == null || TextInput.visibleLength(description) < 10) {
            throw Open311Exception.badRequest("description is required: what is the problem, in at least 10 "
                    + "characters besides spaces.");
        }
        ReportRequest request = new ReportRequest(null, withAnswers(description, answers(serviceCode, form)),
                serviceCode, location, address, null, reporter(form), true, language(one(form, "locale")));
        check(request);

        return uploads.admitted(upload == null ? List.of() : List.of(upload),
                sent -> store(client, form, request, sent, idempotencyKey));
    }

    private Open311Documents.Created store(ClientApplication client, MultiValueMap<String, String> form,
                                           ReportRequest request, List<IncomingFile> sent, String idempotencyKey) {
        List<IncomingFile> files = new ArrayList<>(sent);
        String mediaUrl = one(form, "media_url");
        if (mediaUrl != null) {
            if (mediaUrl.length() > 2000) {
                throw Open311Exception.badRequest("media_url has more than 2000 characters.");
            }
            files.add(media.fetch(mediaUrl));
        }
        // keys are the client's own: namespaced by client, so that two clients' keys never meet
        String key = idempotencyKey == null ? null : "open311-" + client.getId() + "-" + idempotencyKey;
        ReportIntake.Outcome outcome = intake.submit(request, files, key);
        ReportSubmitted submitted = outcome.submitted();
        String token = key == null ? tokens.newToken()
                : tokens.tokenForIdempotentRequest(key, "open311:" + submitted.trackingCode());
        if (!outcome.replayed()) {
            long reportId = jdbc.queryForObject("select id from report where tracking_code = ?", Long.class,
                    submitted.trackingCode());
            jdbc.update("insert into open311_request (report_id, client_id, token_hash, created_at) "
                    + "values (?, ?, ?, ?)", reportId, client.getId(), AccessTokens.hash(token),
                    clock.instant().atOffset(ZoneOffset.UTC));
        }
        return new Open311Documents.Created(submitted.trackingCode(), token,
                "Đã tiếp nhận phản ánh " + submitted.trackingCode() + "; theo dõi tại requests/"
                        + submitted.trackingCode() + " / Report " + submitted.trackingCode() + " received.");
    }

    private static final java.util.regex.Pattern IDEMPOTENCY_KEY =
            java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,160}");

    /** NUL and the other control characters (tab and line breaks aside) are not text: 400, nothing stored. */
    private static void refuseControlCharacters(MultiValueMap<String, String> form) {
        form.forEach((name, values) -> values.forEach(value -> {
            if (TextInput.hasControlCharacter(value) || TextInput.hasControlCharacter(name)) {
                throw Open311Exception.badRequest(name + " holds a control character (such as NUL), which is not "
                        + "accepted in text.");
            }
        }));
    }

    private ReportRequest.Location location(MultiValueMap<String, String> form) {
        String lat = one(form, "lat");
        String lon = one(form, "long");
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            throw Open311Exception.badRequest("lat and long go together; one of them is missing.");
        }
        return new ReportRequest.Location(number("lat", lat), number("long", lon));
    }

    private ReportRequest.Reporter reporter(MultiValueMap<String, String> form) {
        String name = java.util.stream.Stream.of(one(form, "first_name"), one(form, "last_name"))
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(" "));
        String email = one(form, "email");
        String phone = one(form, "phone");
        if (name.isEmpty() && email == null && phone == null) {
            return null;
        }
        return new ReportRequest.Reporter(name.isEmpty() ? null : name, email, phone);
    }

    /** The answers to the category's questions, in the file's order, as "question: answer" lines. */
    private List<String> answers(String serviceCode, MultiValueMap<String, String> form) {
        List<ServiceAttributes.Question> questions = attributes.of(serviceCode);
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : form.entrySet()) {
            Matcher m = ATTRIBUTE.matcher(entry.getKey());
            if (!m.matches()) {
                continue;
            }
            String code = m.group(1);
            if (!m.group(2).isEmpty() || questions.stream().noneMatch(q -> q.code().equals(code))) {
                throw Open311Exception.badRequest("Service " + serviceCode + " has no attribute '" + code + "'"
                        + (m.group(2).isEmpty() ? "" : " taking several values") + "; see services/" + serviceCode
                        + ".json.");
            }
            String value = entry.getValue().stream().filter(v -> v != null && !v.isBlank()).findFirst()
                    .map(String::strip).orElse(null);
            if (value != null) {
                given.put(code, value);
            }
        }
        List<String> lines = new ArrayList<>();
        for (ServiceAttributes.Question q : questions) {
            String value = given.get(q.code());
            if (value == null) {
                if (q.required()) {
                    throw Open311Exception.badRequest("attribute[" + q.code() + "] is required for service "
                            + serviceCode + ".");
                }
                continue;
            }
            lines.add(q.label() + ": " + answer(q, value));
        }
        return lines;
    }

    private static String answer(ServiceAttributes.Question q, String value) {
        switch (q.datatype()) {
            case "singlevaluelist" -> {
                return q.values().stream().filter(c -> c.key().equals(value)).findFirst()
                        .map(ServiceAttributes.Choice::name).orElseThrow(() -> Open311Exception.badRequest(
                                "attribute[" + q.code() + "] must be one of " + q.values().stream()
                                        .map(ServiceAttributes.Choice::key).toList() + "; was '" + value + "'."));
            }
            case "number" -> {
                number("attribute[" + q.code() + "]", value);
                return value;
            }
            default -> {
                if (value.length() > 200) {
                    throw Open311Exception.badRequest("attribute[" + q.code() + "] has more than 200 characters.");
                }
                return value;
            }
        }
    }

    private static String withAnswers(String description, List<String> answers) {
        return answers.isEmpty() ? description : description.strip() + "\n\n" + String.join("\n", answers);
    }

    /** The same Bean Validation as the JSON API, reported with the form's field names. */
    private void check(ReportRequest request) {
        List<ConstraintViolation<ReportRequest>> violations = validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        if (!violations.isEmpty()) {
            throw Open311Exception.badRequest(violations.stream()
                    .map(v -> field(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String field(String property) {
        return switch (property) {
            case "location.lat" -> "lat";
            case "location.lon" -> "long";
            case "address" -> "address_string";
            case "reporter.name" -> "first_name/last_name";
            case "reporter.email" -> "email";
            case "reporter.phone" -> "phone";
            case "language" -> "locale";
            default -> property;
        };
    }

    private static String language(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi";
    }

    private static double number(String name, String value) {
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest(name + " must be a number; was '" + value + "'.");
        }
    }

    static String one(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().map(String::strip).orElse(null);
    }

}
