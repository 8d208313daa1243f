using AmlNavigator.Cli;

return CliApp.Run(args, new CliConsole(Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected));
