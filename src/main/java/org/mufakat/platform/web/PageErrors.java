package org.mufakat.platform.web;

import org.mufakat.platform.domain.AccessRefused;
import org.mufakat.platform.domain.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Pages answer a refusal with a readable 403 page and a missing or malformed reference with a 404 page, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(AccessRefused.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView refused() {
        return new ModelAndView("error/403");
    }

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return new ModelAndView("error/404");
    }
}
