package vn.hcmc.feedback.attachment;

/** A file as the client sent it; its name and declared type are not trusted. */
public record IncomingFile(String fileName, String declaredType, byte[] content) {
}
