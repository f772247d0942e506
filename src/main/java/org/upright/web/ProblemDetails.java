package org.upright.web;

import io.javalin.http.HttpResponseException;
import java.util.NoSuchElementException;
import org.upright.common.BadInputException;
import org.upright.common.UprightException;
import org.upright.common.UsageException;
import org.upright.storage.StorageException;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}): the one place where a failure becomes an
 * HTTP status. Bad input is 400 (422 for a document Upright cannot use), an unknown resource 404, a database that
 * cannot be used 503, anything else 500 without details; users never see a stack trace.
 */
record ProblemDetails(String type, String title, int status, String detail, String instance) {
    static final String CONTENT_TYPE = "application/problem+json";

    /** The problem a failure on a request path is. */
    static ProblemDetails of(Exception e, String path) {
        int status = status(e);
        String detail = status == 500 ? "an unexpected error occurred; it has been logged" : e.getMessage();
        return new ProblemDetails("about:blank", title(status), status, detail, path);
    }

    static int status(Exception e) {
        return switch (e) {
            case NotFoundException x -> 404;
            case AccessException x -> x.status();
            case org.upright.common.NotAllowedException x -> 403;
            case org.upright.common.ConflictException x -> 409;
            case org.upright.account.ThrottledException x -> 429;
            case UsageException x -> 400;
            case BadInputException x -> 422;
            case StorageException x -> 503;
            case UprightException x -> 500;
            case HttpResponseException x -> x.getStatus();
            case NoSuchElementException x -> 404;
            default -> 500;
        };
    }

    /** The HTTP reason phrase: with type {@code about:blank} the title is the status's name (RFC 9457, 4.2.1). */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            case 500 -> "Internal Server Error";
            default -> "Error " + status;
        };
    }
}
