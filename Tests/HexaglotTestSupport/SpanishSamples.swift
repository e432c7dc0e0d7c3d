/// Short official Spanish texts, for the tests of language detection (the readers'
/// and the checker's language rule).
public enum SpanishSamples {
    /// A short Spanish paragraph, from the official Spanish text of the 2030 Agenda
    /// (General Assembly resolution 70/1, paragraph 24, as quoted at
    /// https://slidepub.com/slideshow/agenda-2030-para-el-desarrollo-sostenible).
    public static let agendaParagraph = "Nos comprometemos a poner fin a la pobreza en todas sus formas y dimensiones, lo que incluirá erradicar la pobreza extrema de aquí a 2030."
    /// The Spanish title of Sustainable Development Goal 1
    /// (https://www.un.org/es/exhibits/17-objetivos-para-transformar-el-mundo).
    public static let goalOne = "Poner fin a la pobreza en todas sus formas en todo el mundo"
}
