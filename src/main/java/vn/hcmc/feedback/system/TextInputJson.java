package vn.hcmc.feedback.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every JSON string the project's APIs read is refused when it holds a NUL or another control character (see
 * {@link TextInput}): 400 {@code malformed-request} naming the field, before anything is stored. PostgreSQL cannot
 * store NUL, and such characters only hide text from the officials who read it.
 */
@Configuration
class TextInputJson {

    /** A module bean: Spring Boot installs it in the application's ObjectMapper with the others. */
    @Bean
    SimpleModule refuseControlCharactersInStrings() {
        return new SimpleModule("feedback-text-input").addDeserializer(String.class, new NoControlCharacters());
    }

    static final class NoControlCharacters extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (TextInput.hasControlCharacter(value)) {
                return (String) context.handleWeirdStringValue(String.class, value,
                        "a control character (such as NUL) is not accepted in text");
            }
            return value;
        }
    }
}
