package nl.rechtshulp.pages;

import jakarta.servlet.http.HttpServletRequest;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A person who opens a page that cannot be shown (an unknown request, one of another authority, a filter that means
 * nothing) gets a page in the layout that says so; a client that asks for JSON keeps the problem details.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    private final CurrentUsers currentUsers;

    PageErrorAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem problem, HttpServletRequest request) {
        HttpStatus status = problem.getStatus();
        if (!prefersHtml(request)) {
            return problemDetails(problem);
        }
        var page = new ModelAndView("error-page");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", problem.getMessage());
        currentUsers.find().ifPresent(user -> page.addObject("layout", PageLayoutAdvice.Layout.of(user, request)));
        page.addObject("tasklist", Navigation.TASKLIST);
        return page;
    }

    /** The same problem details the API answers, for a client that did not ask for a page. */
    private static ModelAndView problemDetails(ApiProblem problem) {
        var json = new org.springframework.web.servlet.view.json.MappingJackson2JsonView();
        json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var answer = new ModelAndView(json);
        answer.setStatus(problem.getStatus());
        answer.addObject("type", "about:blank");
        answer.addObject("title", problem.getTitle());
        answer.addObject("status", problem.getStatus().value());
        answer.addObject("detail", problem.getMessage());
        problem.getProperties().forEach(answer::addObject);
        return answer;
    }

    private static boolean prefersHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.startsWith(MediaType.TEXT_HTML_VALUE);
    }
}
