package io.rfy.releng.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's generator headless on {@code bundles/io.rfy.model/model/rfy.genmodel}: the model code into
 * {@code io.rfy.model/src-gen}, the item providers into {@code io.rfy.model.edit/src-gen} (plus their plugin.xml,
 * plugin.properties and icons). Merging keeps {@code @generated NOT} members and hand-added members; MANIFEST.MF and
 * build.properties are only written when missing, so they are maintained by hand.
 * <p>
 * {@code Regenerate <repository root>} regenerates in place and prints each file it created or changed.
 * {@code Regenerate --check <repository root>} regenerates a copy under {@code releng/codegen/target/codegen-check/}
 * and fails (an exception, so a non-zero exit and a failed build) listing every generator-owned file that differs
 * from the committed one, is missing, or is not generated from the genmodel at all.
 */
public final class Regenerate {

    static final String MODEL = "io.rfy.model";
    static final String EDIT = "io.rfy.model.edit";
    static final String GENMODEL = "model/rfy.genmodel";
    /** Files and folders the generator writes; what it does not own (src/, tests, poms) is not compared. */
    static final List<String> GENERATED = List.of("src-gen", "plugin.xml", "plugin.properties", "icons");
    static final String REGENERATE_COMMAND = "./mvnw -B -q -f releng/codegen/pom.xml compile exec:java@regenerate";
    private static boolean registered;

    private Regenerate() {
    }

    public static void main(String[] args) throws IOException {
        boolean check = args.length == 2 && args[0].equals("--check");
        if (args.length != (check ? 2 : 1)) {
            System.err.println("usage: Regenerate [--check] <repository root>");
            System.exit(2);
        }
        Path root = Path.of(args[args.length - 1]).toAbsolutePath().normalize();
        Path bundles = root.resolve("bundles");
        long start = System.nanoTime();
        if (!check) {
            Map<String, byte[]> before = snapshot(bundles);
            generate(bundles);
            Map<String, byte[]> after = snapshot(bundles);
            int written = 0;
            for (Map.Entry<String, byte[]> e : after.entrySet()) {
                byte[] old = before.get(e.getKey());
                if (old == null || !Arrays.equals(old, e.getValue())) {
                    System.out.println((old == null ? "  created: bundles/" : "  updated: bundles/") + e.getKey());
                    written++;
                }
            }
            System.out.printf("regenerated %s and %s from %s/%s: %d file(s) created or updated, %d unchanged, in %d ms%n",
                    MODEL, EDIT, MODEL, GENMODEL, written, after.size() - written, (System.nanoTime() - start) / 1_000_000);
            return;
        }
        // 1. the committed bundles regenerated (merging, as in place): any difference is stale generated code
        Path work = root.resolve("releng/codegen/target/codegen-check");
        Path merged = work.resolve("merged");
        deleteTree(work);
        for (String bundle : List.of(MODEL, EDIT)) {
            copyTree(bundles.resolve(bundle), merged.resolve(bundle));
        }
        generate(merged);
        // 2. only the model files generated from scratch: which files the genmodel makes at all, so that a
        //    generated file left over from a removed class (merging never deletes) or a hand-written file put
        //    into a generated folder is reported too
        Path fresh = work.resolve("fresh");
        for (String bundle : List.of(MODEL, EDIT)) {
            Files.createDirectories(fresh.resolve(bundle));
        }
        copyTree(bundles.resolve(MODEL).resolve("model"), fresh.resolve(MODEL).resolve("model"));
        generate(fresh);
        Map<String, byte[]> committedFiles = snapshot(bundles);
        Map<String, byte[]> mergedFiles = snapshot(merged);
        Map<String, byte[]> freshFiles = snapshot(fresh);

        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : mergedFiles.entrySet()) {
            byte[] committed = committedFiles.get(e.getKey());
            if (committed == null) {
                stale.add(e.getKey() + " (missing)");
            } else if (!Arrays.equals(committed, e.getValue())) {
                stale.add(e.getKey());
            }
        }
        for (String name : committedFiles.keySet()) {
            if (!freshFiles.containsKey(name)) {
                stale.add(name + " (not generated from the genmodel: delete it, or move hand-written code to src/main/java)");
            }
        }
        if (!stale.isEmpty()) {
            System.err.println("The committed EMF code is stale; regenerate it with");
            System.err.println("  " + REGENERATE_COMMAND);
            stale.forEach(s -> System.err.println("  differs: bundles/" + s));
            System.err.println("(regenerated copy: " + root.relativize(merged) + ")");
            throw new IllegalStateException(stale.size() + " generated file(s) differ from the genmodel's output");
        }
        System.out.printf("generated EMF code is up to date: %d files of %s and %s checked in %d ms%n",
                committedFiles.size(), MODEL, EDIT, (System.nanoTime() - start) / 1_000_000);
    }

    private static void generate(Path bundles) throws IOException {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        if (!registered) {
            GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                    GenModelGeneratorAdapterFactory.DESCRIPTOR);
            registered = true;
        }
        Map<String, URI> platform = EcorePlugin.getPlatformResourceMap();
        platform.put(MODEL, URI.createFileURI(bundles.resolve(MODEL) + "/"));
        platform.put(EDIT, URI.createFileURI(bundles.resolve(EDIT) + "/"));

        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        URI genModelUri = URI.createPlatformResourceURI(MODEL + "/" + GENMODEL, true);
        GenModel genModel;
        if (Files.exists(bundles.resolve(MODEL).resolve(GENMODEL))) {
            genModel = (GenModel) rs.getResource(genModelUri, true).getContents().get(0);
            genModel.reconcile();
        } else {
            genModel = initialGenModel(rs, genModelUri);
        }
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic d = generator.generate(genModel, type, new BasicMonitor());
            if (d.getSeverity() >= Diagnostic.ERROR) {
                throw new IOException("EMF generation failed (" + type + "): " + d);
            }
        }
    }

    /** The first time only: a genmodel from the Ecore file with this project's settings, saved beside it. */
    private static GenModel initialGenModel(ResourceSet rs, URI genModelUri) throws IOException {
        URI ecoreUri = genModelUri.trimSegments(1).appendSegment("rfy.ecore");
        EPackage ePackage = (EPackage) rs.getResource(ecoreUri, true).getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        Resource resource = rs.createResource(genModelUri);
        resource.getContents().add(genModel);
        genModel.setModelName("Rfy");
        genModel.setModelPluginID(MODEL);
        genModel.setModelDirectory("/" + MODEL + "/src-gen");
        genModel.setEditPluginID(EDIT);
        genModel.setEditDirectory("/" + EDIT + "/src-gen");
        genModel.setEditorDirectory("");
        genModel.setTestsDirectory("");
        genModel.setComplianceLevel(org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel.JDK170_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setBundleManifest(true);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCopyrightText("");
        genModel.getForeignModel().add("rfy.ecore");
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Rfy");
        genPackage.setBasePackage("io.rfy");
        genPackage.setDisposableProviderFactory(true);
        resource.save(Map.of());
        return genModel;
    }

    /** The generator-owned files of both bundles by path relative to {@code bundles}, with their content. */
    private static Map<String, byte[]> snapshot(Path bundles) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String bundle : List.of(MODEL, EDIT)) {
            for (String part : GENERATED) {
                Path start = bundles.resolve(bundle).resolve(part);
                if (!Files.exists(start)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(start)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        files.put(bundles.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            Files.createDirectories(to);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.filter(p -> !from.relativize(p).startsWith("target"))::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
