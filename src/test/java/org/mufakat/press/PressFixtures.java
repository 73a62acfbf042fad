package org.mufakat.press;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reports written for the intake tests: an English report of an ASEAN SOM in a year and city of the test's own (so
 * that tests sharing the database neither match each other's meetings nor resemble each other's articles), with a
 * head of delegation and an upcoming numbered AMM.
 */
final class PressFixtures {

    private PressFixtures() {
    }

    /** A report with a body of its own (a unique closing paragraph makes it unlike any other). */
    static String somReport(int year, String city, String country, String head, int ammOrdinal) {
        return somReport(year, city, country, head, ammOrdinal, UUID.randomUUID().toString());
    }

    static String somReport(int year, String city, String country, String head, int ammOrdinal, String uniqueWords) {
        return "ASEAN senior officials meet in " + city + "\n\n"
                + "On 14-15 March " + year + ", the ASEAN Senior Officials' Meeting (ASEAN SOM) took place in person in " + city + ", "
                + country + ".\n\n"
                + "Deputy Minister of Foreign Affairs " + head + ", Head of ASEAN SOM Viet Nam, led the Vietnamese delegation to the meeting.\n\n"
                + "The officials reviewed preparations for the " + ammOrdinal + "th ASEAN Foreign Ministers' Meeting, to be held in Manila, "
                + "the Philippines, on 20-21 July " + year + ".\n\n"
                + "They also discussed " + words(uniqueWords) + " and agreed to keep in close contact.";
    }

    /** Words made of a unique string, so that no two articles share their last paragraph. */
    static String words(String unique) {
        StringBuilder out = new StringBuilder();
        for (char c : unique.replace("-", "").toCharArray()) {
            out.append(switch (c) {
                case '0' -> "zero "; case '1' -> "one "; case '2' -> "two "; case '3' -> "three "; case '4' -> "four ";
                case '5' -> "five "; case '6' -> "six "; case '7' -> "seven "; case '8' -> "eight "; case '9' -> "nine ";
                default -> "letter" + c + " ";
            });
        }
        return out.toString().strip();
    }

    static IncomingReport text(String text) {
        return new IncomingReport(text.getBytes(StandardCharsets.UTF_8), null, "text/plain", null, null);
    }

    static IncomingReport file(String name, String content) {
        return new IncomingReport(content.getBytes(StandardCharsets.UTF_8), name, null, null, null);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An archive whose one entry unpacks from a few kilobytes to {@code megabytes} MiB of zeros. */
    static byte[] zipBomb(String entryName, int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(entryName));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
