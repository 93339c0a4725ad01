package th.go.dga.standards.document;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.MultipartConfigElement;

/**
 * The servlet container's limits for multipart requests, taken from {@code standards.documents.max-size} so that
 * there is one setting to change: an upload larger than it is refused while it arrives, and its parts are written to
 * disk, never held in memory. {@code spring.servlet.multipart.max-file-size} and {@code max-request-size} are not
 * read; the other {@code spring.servlet.multipart} settings are.
 */
@Configuration(proxyBeanMethods = false)
class DocumentUploads {

    /** Room for the form fields that come with the file. */
    static final long FIELDS_ALLOWANCE = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, DocumentSettings documents) {
        long maxFile = documents.maxSize().toBytes();
        return new MultipartConfigElement(multipart.getLocation() == null ? "" : multipart.getLocation(), maxFile,
                maxFile + FIELDS_ALLOWANCE, (int) multipart.getFileSizeThreshold().toBytes());
    }
}
