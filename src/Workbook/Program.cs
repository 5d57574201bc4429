using System.CommandLine;
using Workbook.Commands;

var root = new RootCommand("workbook: claims about DeepSeek and China's AI industry as validated data, notebooks and charts.")
{
    CheckCommand.Create(),
    ExportCommand.Create(),
    RunCommand.Create(),
    ConvertCommand.Create(),
};
return root.Parse(args).Invoke();
