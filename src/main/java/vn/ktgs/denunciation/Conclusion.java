package vn.ktgs.denunciation;

/** The committee's rating of a denunciation (thông báo kết luận giải quyết tố cáo). */
public enum Conclusion {
    TRUE, FALSE, PARTLY_TRUE
}
