package io.rfy.ide.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** Marks a project as an RFY workspace folder; its only job is to install the {@link RfyBuilder}. */
public final class RfyNature implements IProjectNature {

    public static final String ID = "io.rfy.ui.nature";

    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        if (Arrays.stream(description.getBuildSpec()).anyMatch(c -> RfyBuilder.ID.equals(c.getBuilderName()))) {
            return;
        }
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        ICommand command = description.newCommand();
        command.setBuilderName(RfyBuilder.ID);
        commands.add(command);
        description.setBuildSpec(commands.toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !RfyBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
        ProblemMarkers.clear(project);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
