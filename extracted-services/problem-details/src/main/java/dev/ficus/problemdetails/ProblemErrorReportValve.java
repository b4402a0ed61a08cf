package dev.ficus.problemdetails;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tomcat's own error answer, for requests it refuses before any servlet runs (too many or
 * too large headers, a malformed request line): a problem detail instead of Tomcat's HTML
 * page. Tomcat creates it by class name, so it builds its JSON with Jackson's shared
 * mapper rather than a Spring bean.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problem(status, request).toString());
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException e) {
            // the client is gone or the response was already sent: nothing left to tell
            // it
        }
    }

    private static ObjectNode problem(int status, Request request) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        ObjectNode problem = JsonMapper.shared().createObjectNode();
        problem.put("type", ShopProblemDetailsHandler.ABOUT_BLANK.toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", status == HttpStatus.BAD_REQUEST.value()
                ? "The request could not be read: malformed, or too many or too large headers" : title);
        String path = request.getRequestURI();
        if (ProblemPaths.instance(path) != null) {
            problem.put("instance", path);
        }
        return problem;
    }

}
