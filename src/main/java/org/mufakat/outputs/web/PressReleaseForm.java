package org.mufakat.outputs.web;

import org.mufakat.outputs.PressReleaseText;
import org.mufakat.outputs.PressReleaseView;

/** The press release form as typed: kept as it is when a save is refused, so that nothing typed is lost. */
public class PressReleaseForm {

    private String titleEn;
    private String titleVi;
    private String bodyEn;
    private String bodyVi;
    private Long version;

    static PressReleaseForm of(PressReleaseText text, Long version) {
        PressReleaseForm form = new PressReleaseForm();
        form.titleEn = text.titleEn();
        form.titleVi = text.titleVi();
        form.bodyEn = text.bodyEn();
        form.bodyVi = text.bodyVi();
        form.version = version;
        return form;
    }

    static PressReleaseForm of(PressReleaseView view) {
        return of(view.text(), view.version());
    }

    PressReleaseText toText() {
        return new PressReleaseText(titleEn, titleVi, bodyEn, bodyVi);
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getBodyVi() {
        return bodyVi;
    }

    public void setBodyVi(String bodyVi) {
        this.bodyVi = bodyVi;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
