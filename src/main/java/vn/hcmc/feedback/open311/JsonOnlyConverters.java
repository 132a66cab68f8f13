package vn.hcmc.feedback.open311;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Jackson XML is on the classpath for the Open311 documents only ({@link Open311Writer}). Spring Boot would also
 * make it an MVC message converter, and then every JSON endpoint would answer XML to a browser (whose Accept header
 * names application/xml before {@code * / *}). It is removed, so the rest of the API stays JSON.
 */
@Configuration
class JsonOnlyConverters implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
    }
}
