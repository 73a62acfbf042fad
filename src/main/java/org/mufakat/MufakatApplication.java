package org.mufakat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MufakatApplication {

    public static void main(String[] args) {
        SpringApplication.run(MufakatApplication.class, args);
    }
}
