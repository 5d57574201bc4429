using AnalysisHelpers.Claims;
using AnalysisHelpers.Tables;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Claims;

/// <summary>The reader's tables beside the claims, under the shipped schemas: annotations, and the log of corrections
/// that must match the rows it describes.</summary>
public class AnnotationAndCorrectionTests
{
    private static ClaimsFolder WithShippedSchema(string table, string csv)
    {
        var folder = new ClaimsFolder();
        var shipped = RepoPaths.Data;
        File.Copy(Path.Combine(shipped, table + ".schema.json"), Path.Combine(folder.DataPath, table + ".schema.json"));
        folder.WriteData(table + ".csv", csv);
        return folder;
    }

    private const string AnnotationsHeader = "claim_id,entities,topic,stance,scope,event,same_time_as,tense,access,note\n";
    private const string CorrectionsHeader = "table,key,field,old_value,new_value,note\n";

    [Fact]
    public void Annotations_load_with_their_entities_as_a_list_and_every_claim_has_one()
    {
        using var folder = WithShippedSchema("claim_annotations", AnnotationsHeader +
            "C001,DeepSeek;Alibaba; ByteDance,china-model-leaders,,final-training-run,,,past,,The claim's words.\n");
        var data = ClaimsDataset.Load(folder.DataPath);
        var a = data.AnnotationOf("C001");
        Assert.Equal(["DeepSeek", "Alibaba", "ByteDance"], a.Entities);
        Assert.Equal(("china-model-leaders", "final-training-run", "past"), (a.Topic, a.Scope, a.Tense));
        Assert.True(data.AnnotationOf("C002").IsEmpty);
    }

    [Fact]
    public void An_annotation_of_an_unknown_claim_or_a_stance_without_a_topic_is_rejected_with_its_cell()
    {
        using var folder = WithShippedSchema("claim_annotations", AnnotationsHeader +
            "C999,,,,,,,,,Of no claim.\n" +
            "C001,,,positive,,,,,,A stance on nothing.\n");
        var ex = Assert.Throws<DataValidationException>(() => ClaimsDataset.Load(folder.DataPath));
        Assert.Contains(ex.Errors, e => e.Line == 2 && e.Field == "claim_id" && e.Message.Contains("C999"));
        Assert.Contains(ex.Errors, e => e.Line == 3 && e.Field == "stance" && e.Message.Contains("needs a topic"));
    }

    [Fact]
    public void A_correction_whose_row_holds_its_new_value_loads()
    {
        using var folder = WithShippedSchema("corrections", CorrectionsHeader +
            "claims,C001,attribution,article,DeepSeek,The claim is the company's own.\n");
        var correction = Assert.Single(ClaimsDataset.Load(folder.DataPath).Corrections);
        Assert.Equal(("claims", "C001", "attribution", "article", "DeepSeek"), (correction.Table, correction.Key, correction.Field, correction.OldValue, correction.NewValue));
    }

    [Fact]
    public void A_correction_the_row_no_longer_holds_is_rejected_at_its_new_value()
    {
        using var folder = WithShippedSchema("corrections", CorrectionsHeader +
            "claims,C001,attribution,article,Someone else,Undone since.\n" +
            "claims,C777,note,,x,No such claim.\n");
        var ex = Assert.Throws<DataValidationException>(() => ClaimsDataset.Load(folder.DataPath));
        Assert.Contains(ex.Errors, e => e.Line == 2 && e.Field == "new_value" && e.Message.Contains("holds a different attribution now: \"DeepSeek\""));
        Assert.Contains(ex.Errors, e => e.Line == 3 && e.Field == "key" && e.Message.Contains("C777"));
    }

    [Fact]
    public void The_shipped_corrections_all_match_their_rows()
    {
        var loaded = ClaimsDataset.Load(RepoPaths.Data);
        Assert.NotEmpty(loaded.Corrections);
        Assert.All(loaded.Corrections, c => Assert.NotEqual(c.OldValue, c.NewValue));
    }
}
