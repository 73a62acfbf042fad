package org.mufakat.testing;

import org.springframework.security.test.context.support.WithMockUser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test as an ASEAN Secretariat officer, who keeps the record across frameworks and may change any of it:
 * for tests of domain rules, where who may act is not the question.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@WithMockUser(username = "record-keeper", authorities = "ASEAN_SECRETARIAT")
public @interface AsRecordKeeper {
}
