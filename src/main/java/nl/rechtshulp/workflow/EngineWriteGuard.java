package nl.rechtshulp.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rechtshulp.security.AuthorityGroups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a caller may write through the engine's REST APIs (the product's {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}): a task's completion carries only the fields of its form, and its read-only fields
 * are dropped (the process keeps what it set). Variables are never written outside a completion, and messages,
 * signals, job runs and instance modifications are for administrators. The rules that decide a person's case (the
 * rechter-commissaris, the complaint period, the deadlines) read process variables, so no caller may set them.
 */
class EngineWriteGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 1_048_576;
    private static final Pattern COMPLETION = Pattern.compile("/task/([^/;]+)/(complete|submit-form)/*$");
    /** A start through the engine's API, by key or by id: it carries only the start form's fields. */
    private static final Pattern START = Pattern.compile(
            "/process-definition/(?:key/([^/;]+)(?:/tenant-id/[^/;]+)?|([^/;]+))/(start|submit-form)/*$");
    /** Writes only an administrator may make: variables outside a completion, messages, signals, jobs, modifications. */
    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "/(task|process-instance|execution|case-instance|case-execution)/[^/]+/(variables|localVariables)(/.*)?$"
            + "|/process-instance/[^/]+/(modification|suspended)/*$|/process-instance/(suspended|delete|job-retries|variables)/*$"
            + "|/(message|signal)/*$|/job/[^/]+/(execute|duedate|retries|suspended)/*$|/job/(retries|suspended)/*$"
            + "|/job-definition/.*$|/modification/.*$|/migration/.*$|/variable-instance/.*$");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final TaskService taskService;
    private final TaskForms taskForms;
    private final Function<String, FormSchema> formOfTask;
    private final StartForms startForms;

    EngineWriteGuard(TaskService taskService, TaskForms taskForms, Function<String, FormSchema> formOfTask,
                     StartForms startForms) {
        this.taskService = taskService;
        this.taskForms = taskForms;
        this.formOfTask = formOfTask;
        this.startForms = startForms;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!WRITES.contains(request.getMethod()) || isAdministrator(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        if (ADMINISTRATIVE.matcher(path).find()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, null, "Only a task's completion writes a request's "
                    + "variables; messages, signals, jobs and modifications are for administrators");
            return;
        }
        Matcher start = START.matcher(path);
        if ("POST".equals(request.getMethod()) && start.find()) {
            guardStart(request, response, chain, start.group(1), start.group(2));
            return;
        }
        Matcher completion = COMPLETION.matcher(path);
        if (!"POST".equals(request.getMethod()) || !completion.find()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(response, 413, null, "A task's completion is at most 1 MB");
            return;
        }
        JsonNode json;
        try {
            json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException unreadable) {
            chain.doFilter(new Body(request, body), response); // the engine answers a broken body itself
            return;
        }
        String taskId = completion.group(1);
        var task = taskForms.of(taskId);
        if (task.isEmpty() || !(json instanceof ObjectNode object) || !(object.get("variables") instanceof ObjectNode variables)) {
            chain.doFilter(new Body(request, body), response);
            return;
        }
        FormSchema form = formOfTask.apply(task.get().formRef());
        List<FormSchema.Field> fields = form.allFields();
        for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (fields.stream().noneMatch(field -> field.key().equals(name))) {
                if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                    // Not the caller's task: the engine refuses it, without telling what its form holds.
                    chain.doFilter(new Body(request, body), response);
                    return;
                }
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, name, name + " is not a field of this task's form");
                return;
            }
        }
        fields.stream().filter(FormSchema.Field::readOnly).forEach(field -> variables.remove(field.key()));
        chain.doFilter(new Body(request, JSON.writeValueAsBytes(object)), response);
    }

    /**
     * A request's reference is given by the register: a start that names one would skip the registration its start
     * form's first step makes. Its variables are the start form's fields, nothing the process decides on.
     */
    private void guardStart(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                            String definitionKey, String definitionId) throws IOException, ServletException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(response, 413, null, "A start is at most 1 MB");
            return;
        }
        JsonNode json;
        try {
            json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException unreadable) {
            chain.doFilter(new Body(request, body), response);
            return;
        }
        if (json != null && json.hasNonNull("businessKey")) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "businessKey",
                    "A request's reference is given by the register; start without one");
            return;
        }
        var form = startForms.of(definitionKey, definitionId).map(formOfTask);
        if (form.isPresent() && json instanceof ObjectNode object && object.get("variables") instanceof ObjectNode variables) {
            List<FormSchema.Field> fields = form.get().allFields();
            for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (fields.stream().noneMatch(field -> field.key().equals(name))) {
                    refuse(response, HttpServletResponse.SC_BAD_REQUEST, name, name + " is not a field of this start form");
                    return;
                }
            }
            fields.stream().filter(FormSchema.Field::readOnly).forEach(field -> variables.remove(field.key()));
            body = JSON.writeValueAsBytes(object);
        }
        chain.doFilter(new Body(request, body), response);
    }

    private static boolean isAdministrator(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            if (authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(EngineWriteGuard::isAdminGroup)) {
                return true;
            }
        }
        var session = request.getSession(false);
        return session != null && session.getAttribute("authenticatedUser") instanceof Authentications webapps
                && webapps.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user
                && user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(EngineWriteGuard::isAdminGroup);
    }

    private static boolean isAdminGroup(String group) {
        return AuthorityGroups.ADMINS.equals(group) || Groups.CAMUNDA_ADMIN.equals(group);
    }

    private static void refuse(HttpServletResponse response, int status, String field, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        ObjectNode problem = JSON.createObjectNode().put("type", "about:blank")
                .put("title", status == 403 ? "Forbidden" : status == 413 ? "Payload Too Large" : "Bad Request")
                .put("status", status).put("detail", detail);
        if (field != null) {
            problem.put("field", field);
        }
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    /** The request with the body this guard read (and possibly rewrote). */
    static final class Body extends HttpServletRequestWrapper {

        private final byte[] content;

        Body(HttpServletRequest request, byte[] content) {
            super(request);
            this.content = content;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(content);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return content.length;
        }

        /** The length of the body as it now is: readers trust the header more than the stream. */
        @Override
        public String getHeader(String name) {
            return "content-length".equalsIgnoreCase(name) ? String.valueOf(content.length) : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "content-length".equalsIgnoreCase(name)
                    ? java.util.Collections.enumeration(List.of(String.valueOf(content.length))) : super.getHeaders(name);
        }

        @Override
        public int getIntHeader(String name) {
            return "content-length".equalsIgnoreCase(name) ? content.length : super.getIntHeader(name);
        }

        @Override
        public long getContentLengthLong() {
            return content.length;
        }
    }
}
